import { flatRoutes } from "@remix-run/fs-routes"
import type { RouteConfig } from "@remix-run/route-config"

// Tests sit beside the route they test; they are not routes.
export default flatRoutes({ ignoredRouteFiles: ["**/*.test.{ts,tsx}"] }) satisfies RouteConfig
