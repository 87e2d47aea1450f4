import { storefrontUrl } from "../notifications/mails"

/**
 * The storefront addresses printed as QR codes. Stable on purpose: a label printed today must open the same page
 * in ten years, so these paths are a contract (docs/store-api.md, "Verification").
 */
export function certificateLookupUrl(certificateNo: string): string {
  return `${storefrontUrl()}/tra-cuu/${encodeURIComponent(certificateNo)}`
}

/** `code` in its printed form (`7KQ4-M2XD-9TBN-C3HV`). */
export function stampCheckUrl(code: string): string {
  return `${storefrontUrl()}/tra-cuu/tem/${code}`
}
