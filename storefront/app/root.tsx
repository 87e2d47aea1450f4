import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react"
import { useContext, type ReactNode } from "react"
import { readCart } from "./features/cart/cart.server"
import { localeFromPathname } from "./i18n/config"
import { localeOf, translatorFor } from "./i18n/i18next.server"
import { ErrorPage } from "./layout/ErrorPage"
import { Footer } from "./layout/Footer"
import { loadStarFacts } from "./layout/footer.server"
import { Header } from "./layout/Header"
import { hasCart } from "./lib/cart-cookie.server"
import { inlineCss, InlineCssContext } from "./lib/inline-css"
import { useNonce } from "./lib/nonce"
import stylesheet from "./tailwind.css?url"

export const links: LinksFunction = () => [
  ...(inlineCss ? [] : [{ rel: "stylesheet", href: stylesheet }]),
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const t = await translatorFor(locale)
  const [cart, starFacts] = await Promise.all([
    // Most visitors have no cart yet: only a request carrying the cart cookie asks the backend for one.
    hasCart(request) ? readCart(request).catch(() => null) : null,
    loadStarFacts(locale),
  ])
  return {
    locale,
    cartCount: cart?.item_count ?? 0,
    starFacts,
    // Product pictures come from the backend's file storage: open that connection while the HTML parses.
    imageOrigin: imageOrigin(),
    errorTitles: { notFound: t("errors.notFoundTitle"), error: t("errors.errorTitle"), site: t("site.name") },
  }
}

function imageOrigin(): string | null {
  try {
    return new URL(process.env.MEDUSA_BACKEND_URL ?? "").origin
  } catch {
    return null
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!error) return []
  const status = isRouteErrorResponse(error) ? error.status : 500
  const title = status >= 400 && status < 500 ? data?.errorTitles.notFound : data?.errorTitles.error
  return [{ title: `${title ?? status} · ${data?.errorTitles.site ?? "OCOP"}` }, { name: "robots", content: "noindex" }]
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const { pathname } = useLocation()
  // When the root loader itself failed, the URL still says which language the error page is in.
  const locale = data?.locale ?? localeFromPathname(pathname)
  const css = useContext(InlineCssContext)
  const nonce = useNonce() || undefined
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#166534" />
        {inlineCss && <style dangerouslySetInnerHTML={{ __html: css }} suppressHydrationWarning />}
        <Meta />
        {data?.imageOrigin && <link rel="preconnect" href={data.imageOrigin} />}
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <Header cartCount={data?.cartCount ?? 0} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <Footer starFacts={data?.starFacts ?? null} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />
}
