/** The sections fetched one language at a time (i18n/sections.ts), in one chunk: the product page shows all three. */
import enquiry from "../enquiry/en"
import product from "../product/en"
import reviews from "../reviews/en"

export default { product, reviews, enquiry }
