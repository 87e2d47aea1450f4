/** A product as the OCOP pages name it beside a producer or a sales point. */
export const PRODUCT_REF_FIELDS = ["id", "title", "handle", "status", "thumbnail"]
