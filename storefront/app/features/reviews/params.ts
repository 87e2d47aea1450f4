/** The query parameter of the reviews' page on the product page (`?danh-gia=2#danh-gia`). */
export const REVIEW_PAGE_PARAM = "danh-gia"
export const REVIEWS_PER_PAGE = 10

/** Photos with a review: the form's field and how many (the backend's MAX_REVIEW_PHOTOS). */
export const REVIEW_PHOTOS_FIELD = "photos"
export const MAX_REVIEW_PHOTOS = 3
