import { defineConfig } from "vitest/config"

/** Whole-stack tests: they talk to the stack that `npm test` started (see scripts/test.mjs). */
export default defineConfig({
  test: {
    name: "stack",
    include: ["**/*.test.ts"],
    // The cluster test starts a cluster of its own: `npm run test:cluster` (cluster/vitest.config.ts).
    exclude: ["node_modules/**", "support/**", "cluster/**"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Starting a second stack and re-running the seed are heavy: one file at a time on 2 cores.
    fileParallelism: false,
  },
})
