import { useTranslation } from "react-i18next"
import type { StarFacts } from "./footer.server"

/** Facts of the programme a buyer should know to read the stars, on every page; the numbers are the backend's. */
export function Footer({ starFacts }: { starFacts: StarFacts | null }) {
  const { t } = useTranslation()
  return (
    <footer className="mt-12 border-t border-stone-200 bg-stone-100 text-sm text-stone-700 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <section>
          <h2 className="font-semibold text-stone-900">{t("footer.aboutTitle")}</h2>
          <p className="mt-2">{t("footer.about")}</p>
        </section>
        {starFacts && (
          <section>
            <h2 className="font-semibold text-stone-900">{t("footer.starsTitle")}</h2>
            <ul className="mt-2 space-y-1">
              {starFacts.bands.map(({ stars, min, max, certifying_level }) => (
                <li key={stars}>
                  {t("footer.star", { stars, min, max, certified: certifying_level ? t(`footer.certifiedBy.${certifying_level}`) : "" })}
                </li>
              ))}
            </ul>
            <p className="mt-2">{t("footer.validity", { months: starFacts.validityMonths, minStars: starFacts.minStars })}</p>
          </section>
        )}
        <section>
          <h2 className="font-semibold text-stone-900">{t("footer.salesPointsTitle")}</h2>
          <p className="mt-2">{t("footer.salesPoints")}</p>
          <p className="mt-4 text-xs text-stone-600">{t("footer.note")}</p>
        </section>
      </div>
    </footer>
  )
}
