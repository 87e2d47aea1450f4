import { renderToStaticMarkup } from "react-dom/server"
import { I18nextProvider } from "react-i18next"
import type { Locale } from "~/i18n/config"
import { i18nextFor } from "~/i18n/i18next.server"
import type { ReviewList } from "~/lib/store-api"
import { ReviewsSection } from "./ReviewsSection"

/**
 * The reviews section of a product page as HTML, rendered here once for the document and for a client
 * navigation alike: the page sets it as it is, so the browser downloads neither the section's code nor its words
 * (the product page's first-visit JavaScript budget, targets.md; decision 049).
 */
export async function renderReviewsSection(
  locale: Locale,
  props: { handle: string; list: ReviewList; producerName: string | null }
): Promise<string> {
  const i18n = await i18nextFor(locale)
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReviewsSection {...props} locale={locale} />
    </I18nextProvider>
  )
}
