import path from "node:path"
import { fileURLToPath } from "node:url"
import { createRequire } from "node:module"
import { defineConfig } from "vitest/config"

/**
 * Loader, formatting and component tests of the storefront. Without the Remix Vite plugin: tests import
 * modules directly. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock, so loader
 * tests keep Node's own fetch and Request.
 */
const app = path.join(path.dirname(fileURLToPath(import.meta.url)), "app")
// The JS SDK's ESM build is `.js` without `"type": "module"`, so Vitest would transform it file by file (and warn
// about its source maps each run); its CommonJS build loads natively.
const jsSdkCommonJs = createRequire(import.meta.url).resolve("@medusajs/js-sdk")

export default defineConfig({
  resolve: { alias: { "~": app, "@medusajs/js-sdk": jsSdkCommonJs } },
  esbuild: { jsx: "automatic" },
  test: {
    name: "storefront",
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
  },
})
