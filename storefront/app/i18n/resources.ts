import type { Locale } from "./config"
import type { Resources } from "./locales/vi"

/** One language's strings, fetched as its own chunk: a Vietnamese visitor never downloads the English ones. */
export async function loadResources(locale: Locale): Promise<Resources> {
  const module = locale === "en" ? await import("./locales/en") : await import("./locales/vi")
  return module.default
}
