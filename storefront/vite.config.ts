import path from "node:path"
import { fileURLToPath } from "node:url"
import { vitePlugin as remix } from "@remix-run/dev"
import tailwindcss from "@tailwindcss/vite"
import { defineConfig } from "vite"

declare module "@remix-run/node" {
  // Single fetch changes what loaders return (plain objects, `data()` for headers); this tells the types.
  interface Future {
    v3_singleFetch: true
  }
}

const FRAMEWORK = /node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run\/react|@remix-run\/router|turbo-stream)\//

const app = path.join(path.dirname(fileURLToPath(import.meta.url)), "app")

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: {
    alias: {
      "~": app,
      // The browser's build reads words through two small exports instead of react-i18next (~1 KB gzip off every
      // page; decision 011). The server's build and `vite dev` keep the library.
      ...(command === "build" && !isSsrBuild ? { "react-i18next": path.join(app, "i18n/react-i18next.client.tsx") } : {}),
    },
  },
  build: {
    // Terser takes ~4 KB gzip more off the first visit than esbuild's minifier: the margin that keeps the home
    // page under its 100 KB budget (docs/decisions/011).
    minify: "terser",
    terserOptions: { compress: { passes: 2 } },
    // The server is one file: entry.server finds the client's stylesheet beside it (`../client`), which a
    // chunk split off by a lazily loaded component would move into `server/assets/`.
    rollupOptions: isSsrBuild
      ? { output: { inlineDynamicImports: true } }
      : {
          // React and the router in one chunk that every page loads anyway. Left to itself, Rollup splits
          // React off into chunks of its own as soon as a lazily loaded component (the photo viewer, the verify
          // error page) shares it: more requests and ~1 KB more gzip on the first visit.
          output: { manualChunks: (id: string) => (FRAMEWORK.test(id) ? "framework" : undefined) },
        },
    // The server runs on Node (package.json's engines), which has top-level await: features/verify/VerifyErrorLazy.tsx
    // loads the server's copy of a page that the browser fetches only when it is shown.
    ...(isSsrBuild ? { target: "node20" } : {}),
  },
  plugins: [
    tailwindcss(),
    remix({
      // Every v3 flag on: the later move to React Router 7 is then a codemod, not a rewrite.
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
        v3_routeConfig: true,
      },
    }),
  ],
}))
