/** The product page's sections fetched one language at a time (i18n/sections.ts), in one chunk. */
import enquiry from "../enquiry/vi"
import product from "../product/vi"

export default { product, enquiry }
