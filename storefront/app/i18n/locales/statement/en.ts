import type vi from "./vi"

/** The seller portal's statement page and the dashboard's sales chart (`statement.*`), loaded with those pages only. */
const statement: typeof vi = {
  tab: "Statement",
  title: "Statement for {{month}}",
  intro:
    "Each order counts in the month it was placed. Money paid online is collected by the platform and transferred to the producer less the commission; money for cash-on-delivery orders is collected by the producer's courier.",
  month: "Month",
  show: "Show",
  download: "Download statement (CSV)",
  figures: {
    sales: "Sales",
    orders: "{{count}} orders",
    canceled: "Cancelled orders",
    canceledValue: "{{count}} orders · {{amount}}",
    commission: "Platform commission",
    commissionPending: "{{amount}} on orders not yet paid",
    collectedByPlatform: "Collected by the platform (online)",
    collectedByCouriers: "Collected by couriers (cash)",
    awaiting: "Not yet paid",
    amountDue: "Due from the platform",
    youOwe: "Due to the platform",
    paidOut: "Paid out",
    balance: "Balance",
  },
  chart: {
    title: "Sales this month",
    titleOf: "Sales per day, {{month}}",
    summary: "Sales of {{total}} in {{count}} orders; best day {{day}}: {{best}}.",
    empty: "No orders this month yet.",
    day: "Day",
    sales: "Sales",
    seeStatement: "See the statement",
  },
  lines: {
    title: "Orders of the month",
    none: "No orders in this month.",
    order: "Order #{{number}}",
    online: "Online",
    cash: "Cash on delivery",
    settled: "Paid",
    notSettled: "Not yet paid",
    items: "Goods",
    shipping: "Delivery",
    commission: "Commission",
  },
  payouts: {
    title: "Transfers from the platform",
    none: "No transfer for this month yet.",
    row: "{{date}} · {{amount}} · ref. {{reference}}",
  },
  account: {
    title: "Payout account",
    intro: "The platform pays the producer into this account. Only the portal's owners can see and change it.",
    none: "No payout account yet: the platform cannot pay the producer.",
    current: "{{bank}} · {{number}} · {{name}}",
    bank: "Bank",
    chooseBank: "Choose a bank",
    number: "Account number",
    name: "Account holder (as on the card)",
    save: "Save the account",
    saved: "The payout account is saved.",
  },
}

export default statement
