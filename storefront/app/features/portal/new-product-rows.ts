/** How many packs or sizes the new-product form offers (a form without JavaScript has fixed rows); no zod here, it reaches the browser. */
export const NEW_PRODUCT_ROWS = 3
