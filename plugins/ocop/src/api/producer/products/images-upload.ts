import { MAX_IMAGES_PER_PRODUCT } from "../../../producers/product-images"
import { photoUpload } from "../../utils/photo-upload"

/** The form field that carries the photos, one part per file (`<input type="file" name="images" multiple>`). */
export const IMAGES_FIELD = "images"

/** A producer's new photos of a product: no more than the product may hold, and nothing but photos. */
export const uploadProductImages = photoUpload({ field: IMAGES_FIELD, maxFiles: MAX_IMAGES_PER_PRODUCT })
