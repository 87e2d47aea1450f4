/** The most of one thing a cart line takes (a shop, not a wholesaler). Its own module: pages import it without zod. */
export const MAX_QUANTITY = 99
