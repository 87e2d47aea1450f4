import { defineConfig } from "vitest/config"

/** One Vitest run over every workspace; each keeps its own settings in its own vitest.config.ts. */
export default defineConfig({
  test: {
    projects: ["plugins/ocop", "backend", "storefront", "seed", "test"],
  },
})
