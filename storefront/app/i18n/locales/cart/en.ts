import type { CartResources } from "./vi"

/** The cart page's and the cart drawer's words in English. */
const cart: CartResources = {
  title: "Cart",
  empty: "Your cart is empty.",
  total: "Subtotal",
  lines: "Items in your cart",
  each: "{{price}} each",
  quantityOf: "Quantity of {{title}}",
  decrease: "One less {{title}}",
  increase: "One more {{title}}",
  update: "Update",
  remove: "Remove",
  removeLabel: "Remove {{title}} from the cart",
  added: "Added to your cart.",
  updated: "Your cart was updated.",
  shippingLater: "Delivery is priced at the delivery step; pickup at an OCOP sales point is free.",
  lapsed: "This product's OCOP certificate is no longer valid, so it cannot be sold. Remove it to check out.",
  blocked: "Your cart holds a product that can no longer be sold: remove it before checking out.",
  checkout: "Check out",
  close: "Close the cart",
  view: "View cart",
  checkoutShort: "Check out",
  loading: "Loading the cart…",
  continue: "Continue shopping",
}

export default cart
