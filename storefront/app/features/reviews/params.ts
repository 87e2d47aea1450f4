/** The query parameter of the reviews' page on the product page (`?danh-gia=2#danh-gia`). */
export const REVIEW_PAGE_PARAM = "danh-gia"
export const REVIEWS_PER_PAGE = 10
