import { RemixBrowser } from "@remix-run/react"
import { StrictMode, startTransition } from "react"
import { hydrateRoot } from "react-dom/client"
import { I18nextProvider } from "react-i18next"
import { localeFromPathname } from "./i18n/config"
import { createHydrationI18n } from "./i18n/hydration-i18n"
import { loadResources } from "./i18n/resources"
import { holdEarlyInput, ReleaseInputWhenHydrated } from "./lib/early-input.client"

async function hydrate() {
  // The server rendered in the URL's language; hydrate with exactly those strings, and load no other language.
  const locale = localeFromPathname(window.location.pathname)
  const i18n = createHydrationI18n(locale, await loadResources(locale))
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
