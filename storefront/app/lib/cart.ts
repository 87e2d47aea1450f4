/**
 * The cart's small facts that pages outside the cart need, in a module without zod (the header's code loads on
 * every page): the most of one thing a line takes, and the key of the product page's "add to cart" fetcher,
 * which the header's cart button watches to open its drawer once the product is in.
 */

/** A shop, not a wholesaler. */
export const MAX_QUANTITY = 99

export const ADD_TO_CART_FETCHER = "add-to-cart"
