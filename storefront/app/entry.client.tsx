import { RemixBrowser } from "@remix-run/react"
import { StrictMode, startTransition } from "react"
import { hydrateRoot } from "react-dom/client"
import { I18nextProvider } from "react-i18next"
import { localeFromPathname } from "./i18n/config"
import { createHydrationI18n } from "./i18n/hydration-i18n"
import { loadResources } from "./i18n/resources"
import { isLazySection, loadSections } from "./i18n/sections"
import { holdEarlyInput, ReleaseInputWhenHydrated } from "./lib/early-input.client"

/** The lazy sections of words the page's routes declare (`handle.i18nSections`), from the modules Remix loaded. */
function sectionsOfThisPage() {
  const modules = (window as unknown as { __remixRouteModules?: Record<string, { handle?: { i18nSections?: unknown } }> })
    .__remixRouteModules
  return Object.values(modules ?? {}).flatMap((module) => {
    const keys = module.handle?.i18nSections
    return Array.isArray(keys) ? keys.filter(isLazySection) : []
  })
}

async function hydrate() {
  // The server rendered in the URL's language; hydrate with exactly those strings, and load no other language.
  const locale = localeFromPathname(window.location.pathname)
  const [resources] = await Promise.all([loadResources(locale), loadSections(locale, sectionsOfThisPage())])
  const i18n = createHydrationI18n(locale, resources)
  holdEarlyInput()
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18n} defaultNS="common">
        <StrictMode>
          <ReleaseInputWhenHydrated>
            <RemixBrowser />
          </ReleaseInputWhenHydrated>
        </StrictMode>
      </I18nextProvider>
    )
  })
}

void hydrate()
