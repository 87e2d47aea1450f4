import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/**
 * Loader, formatting and component tests of the storefront. Without the Remix Vite plugin: tests import
 * modules directly. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock, so loader
 * tests keep Node's own fetch and Request.
 */
export default defineConfig({
  resolve: { alias: { "~": path.join(path.dirname(fileURLToPath(import.meta.url)), "app") } },
  esbuild: { jsx: "automatic" },
  test: {
    name: "storefront",
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
  },
})
