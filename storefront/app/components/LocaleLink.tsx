import { Link, type LinkProps } from "@remix-run/react"
import { useLocalizePath } from "~/i18n/use-locale"

/** A link to a path of the site, kept in the current page's language. `to` is the Vietnamese path. */
export function LocaleLink({ to, ...props }: Omit<LinkProps, "to"> & { to: string }) {
  const localize = useLocalizePath()
  return <Link to={localize(to)} {...props} />
}
