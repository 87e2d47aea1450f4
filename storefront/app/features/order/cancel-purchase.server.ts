import { data, type ActionFunctionArgs } from "@remix-run/node"
import { z } from "zod"
import type { Locale } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { inLanguage } from "~/lib/bilingual"
import { CANCEL_REASONS, type CancelResult } from "./CancelPurchase"
import { cancelPurchase, type OrderProof } from "./order.server"

const CancelForm = z.object({ intent: z.literal("cancel"), reason: z.enum(CANCEL_REASONS) })

/**
 * The order pages' action: the shopper's cancellation with the proof the page holds (the order's token, her
 * login). The reason is one of the form's, written in the page's language for the producers to read.
 */
export async function cancelPurchaseAction({ request, params }: ActionFunctionArgs, proof: OrderProof) {
  const locale: Locale = localeOf(request)
  const t = await translatorFor(locale)
  const noStore = { "Cache-Control": "private, no-store" }
  const parsed = CancelForm.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return data<CancelResult>({ cancelled: false, message: t("order.cancel.invalid") }, { status: 400, headers: noStore })
  const reason = parsed.data.reason === "none" ? undefined : t(`order.cancel.reasons.${parsed.data.reason}`)
  const refused = await cancelPurchase(params.id ?? "", proof, reason)
  return refused
    ? data<CancelResult>({ cancelled: false, message: inLanguage(refused, locale) }, { status: 400, headers: noStore })
    : data<CancelResult>({ cancelled: true }, { headers: noStore })
}
