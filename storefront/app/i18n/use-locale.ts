import { useLocation } from "@remix-run/react"
import { localeFromPathname, localizePath, type Locale } from "./config"

/** The page's language, read from the URL like the server does, so error pages know it too. */
export function useLocale(): Locale {
  return localeFromPathname(useLocation().pathname)
}

/** Turns a Vietnamese-site path (`/san-pham`) into this page's language (`/en/san-pham`). */
export function useLocalizePath(): (path: string) => string {
  const locale = useLocale()
  return (path) => localizePath(path, locale)
}
