import { createInstance, type i18n as I18n, type TFunction } from "i18next"
import { initReactI18next } from "react-i18next"
import { RemixI18Next } from "remix-i18next/server"
import { i18nOptions, localeFromPathname, locales, type Locale } from "./config"
import accountEn from "./locales/account/en"
import accountVi from "./locales/account/vi"
import cartEn from "./locales/cart/en"
import cartVi from "./locales/cart/vi"
import catalogueEn from "./locales/catalogue/en"
import catalogueVi from "./locales/catalogue/vi"
import checkoutEn from "./locales/checkout/en"
import checkoutVi from "./locales/checkout/vi"
import en from "./locales/en"
import enquiryEn from "./locales/enquiry/en"
import enquiryVi from "./locales/enquiry/vi"
import fairsEn from "./locales/fairs/en"
import fairsVi from "./locales/fairs/vi"
import orderEn from "./locales/order/en"
import orderVi from "./locales/order/vi"
import portalEn from "./locales/portal/en"
import portalVi from "./locales/portal/vi"
import productEn from "./locales/product/en"
import productVi from "./locales/product/vi"
import provinceEn from "./locales/province/en"
import provinceVi from "./locales/province/vi"
import reviewsEn from "./locales/reviews/en"
import reviewsVi from "./locales/reviews/vi"
import salesPointsEn from "./locales/sales-points/en"
import salesPointsVi from "./locales/sales-points/vi"
import stampsEn from "./locales/stamps/en"
import stampsVi from "./locales/stamps/vi"
import statementEn from "./locales/statement/en"
import statementVi from "./locales/statement/vi"
import verifyEn from "./locales/verify/en"
import verifyErrorsEn from "./locales/verify/errors-en"
import verifyErrorsVi from "./locales/verify/errors-vi"
import verifyVi from "./locales/verify/vi"
import vi from "./locales/vi"
import { withSections } from "./sections"

/**
 * On the server every string at once; the browser loads the words of the account pages, the cart, the
 * product pages, the checkout, the order pages, the portal, the lookup, the fairs, the enquiry form and the
 * province pages with those pages (sections.ts).
 */
export const resources = {
  vi: { common: withSections(vi, { account: accountVi, cart: cartVi, catalogue: catalogueVi, salesPoints: salesPointsVi, product: productVi, reviews: reviewsVi, portal: portalVi, order: orderVi, verify: verifyVi, verifyErrors: verifyErrorsVi, stamps: stampsVi, statement: statementVi, fairs: fairsVi, enquiry: enquiryVi, provincePage: provinceVi, ...checkoutVi }) },
  en: { common: withSections(en, { account: accountEn, cart: cartEn, catalogue: catalogueEn, salesPoints: salesPointsEn, product: productEn, reviews: reviewsEn, portal: portalEn, order: orderEn, verify: verifyEn, verifyErrors: verifyErrorsEn, stamps: stampsEn, statement: statementEn, fairs: fairsEn, enquiry: enquiryEn, provincePage: provinceEn, ...checkoutEn }) },
}

/** Finds the request's language: from the URL only, never a cookie or Accept-Language (decision 010). */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...locales],
    fallbackLanguage: "vi",
    order: ["custom"],
    findLocale: async (request) => localeFromPathname(new URL(request.url).pathname),
  },
  i18next: { ...i18nOptions, resources },
})

export function localeOf(request: Request): Locale {
  return localeFromPathname(new URL(request.url).pathname)
}

const instances = new Map<Locale, Promise<I18n>>()

/**
 * One initialised i18next per language, shared by every request: an instance's language never changes, so
 * sharing is safe, and it saves the ~3 ms per page that creating instances per request cost (remix-i18next's
 * getFixedT makes a new one per call).
 */
export function i18nextFor(locale: Locale): Promise<I18n> {
  let instance = instances.get(locale)
  if (!instance) {
    const created = createInstance()
    instance = created
      .use(initReactI18next)
      .init({ ...i18nOptions, lng: locale, resources })
      .then(() => created)
    instances.set(locale, instance)
  }
  return instance
}

export async function translatorFor(locale: Locale): Promise<TFunction> {
  return (await i18nextFor(locale)).getFixedT(locale)
}
