import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/cart/en"
import vi from "~/i18n/locales/cart/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the cart page and the cart drawer: their words come with the cart's code instead of with
 * the language chunk every page loads (i18n/sections.ts); the cards' "add to cart" words stay there.
 */
export function useCartTranslation() {
  addSection("cart", { vi, en })
  return useTranslation()
}
