/** Ids of the product page's parts that load their code when the shopper scrolls near them (lib/lazy-when-near.tsx). */
export const WHOLESALE_ANCHOR = "mua-so-luong-lon"
