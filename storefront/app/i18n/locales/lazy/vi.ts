/** The sections fetched one language at a time (i18n/sections.ts), in one chunk: the product page shows all three. */
import enquiry from "../enquiry/vi"
import product from "../product/vi"
import reviews from "../reviews/vi"

export default { product, reviews, enquiry }
