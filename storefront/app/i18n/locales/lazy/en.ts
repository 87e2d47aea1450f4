/** The product page's sections fetched one language at a time (i18n/sections.ts), in one chunk. */
import enquiry from "../enquiry/en"
import product from "../product/en"

export default { product, enquiry }
