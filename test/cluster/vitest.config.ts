import { defineConfig } from "vitest/config"

/**
 * `npm run test:cluster`: the cluster test starts its own cluster (cluster.test.ts), so it is not part of the
 * `stack` project that `npm test` runs against its single stack.
 */
export default defineConfig({
  test: {
    name: "cluster",
    root: __dirname,
    include: ["**/*.test.ts"],
    testTimeout: 10 * 60_000,
    hookTimeout: 30 * 60_000,
    fileParallelism: false,
  },
})
