import type { OrderResources } from "./vi"

/** How an order reads in English: the same keys as vi.ts (the type refuses a missing or extra key). */
const order: OrderResources = {
  title: "Order #{{number}}",
  thanks: "Thank you! Your order has been received.",
  placedOn: "Placed on {{date}}",
  mailed: "confirmation sent to {{email}}",
  status: "Status",
  items: "Items",
  itemCount_one: "{{count}} item",
  itemCount_other: "{{count}} items",
  view: "See the details of order #{{number}}",
  backToList: "All orders",
  subtotal: "Subtotal",
  shipping: "Delivery",
  free: "Free",
  total: "Total",
  delivery: "Delivery",
  homeDelivery: "Home delivery",
  pickupAt: "Pickup at {{name}}",
  hours: "Opening hours",
  pickupNote: "We call you when it is ready; bring the order number when you come.",
  payment: "Payment",
  method: {
    cod: "Cash on delivery",
    vietqr: "Bank transfer (VietQR)",
    stripe: "Card (Visa, Mastercard, JCB)",
  },
  paymentState: {
    paid: "Paid",
    cardHeld: "Your card was accepted; it is charged only when the order ships.",
    unpaid: "Not paid yet",
    payOnDelivery: "Pay on delivery: in cash to the courier or at the sales point.",
    refunded: "Refunded",
    canceled: "Payment cancelled",
  },
  progress: {
    placed: "Placed, being prepared",
    packed: "Packed",
    shipped: "On its way",
    delivered: "Delivered",
    completed: "Completed",
    canceled: "Cancelled",
    requiresAction: "Needs attention",
  },
  vietqrTitle: "Pay by VietQR bank transfer",
  vietqrIntro:
    "Open your banking app and scan the code: amount and reference are filled in. The order is confirmed when the money arrives.",
  qrAlt: "VietQR code to transfer {{amount}} with reference {{reference}}",
  amount: "Amount",
  reference: "Transfer reference",
  bank: "Bank",
  account: "Account number",
  accountName: "Account holder",
  continue: "Continue shopping",
  privateStatus: "Status: {{status}}",
  privateIntro:
    "An order's details (address, phone, items) are only for the shopper who placed it. Open the link in the confirmation mail, open this page on the device the order was placed from, or log in to the account that placed it.",
  logIn: "Log in",
  backendStatus: { pending: "being processed", completed: "completed", canceled: "cancelled", archived: "archived", requires_action: "needs attention", draft: "draft" },
}

export default order
