import { EnquiryForm, useEnquiryTranslation } from "~/components/EnquiryForm"
import type { SalesPointFair } from "~/lib/store-api"

type WholesaleEnquiryProps = {
  product: { handle: string; producer: object | null; sales_points: { fair?: SalesPointFair | null }[] }
  /** The fair's booth whose QR code brought the buyer here (features of the product route's loader). */
  referral: { fair: string; name: string; booth: string } | null
}

/**
 * "Buy in quantity": every product page takes a buyer's enquiry for its producer; during a fair where the
 * product is shown, it names the booth, and the enquiry counts for that booth.
 */
export function WholesaleEnquiry({ product, referral }: WholesaleEnquiryProps) {
  // The form's words are added before the intro uses them, in the browser as on the server.
  const { t } = useEnquiryTranslation()
  if (!product.producer) return null
  // The booth whose code brought the buyer here first; else the first fair now showing the product.
  const shown = product.sales_points.find((point) => point.fair?.booth)?.fair ?? null
  const atFair = referral
    ? { handle: referral.fair, name: referral.name, booth: referral.booth }
    : shown
      ? { handle: shown.handle, name: shown.name, booth: shown.booth!.number }
      : null
  return (
    <div className="max-w-2xl">
      <EnquiryForm
        context={{
          product: product.handle,
          source: referral ? "booth_qr" : "product_page",
          ...(atFair ? { fair: atFair.handle, booth: atFair.booth } : {}),
        }}
        intro={
          <>
            <p>{t("enquiry.wholesale")}</p>
            {atFair && <p className="mt-1 font-semibold text-ocop-900">{t("enquiry.atBooth", { booth: atFair.booth, fair: atFair.name })}</p>}
          </>
        }
      />
    </div>
  )
}
