/**
 * The backend words a refusal a person reads in both languages, "Vietnamese / English" (the plugin's
 * `bilingual`): a page shows the half in its own language, or the whole message when it has no halves.
 */
export function inLanguage(message: string, locale: string): string {
  const [vi, en] = message.split(" / ")
  return (locale === "en" ? en : vi) ?? message
}
