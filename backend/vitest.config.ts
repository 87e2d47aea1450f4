import { defineConfig } from "vitest/config"
import { medusaTestConfig } from "../test/support/medusa-vitest"

export default defineConfig(medusaTestConfig("backend", ["integration-tests/**/*.spec.ts", "src/**/*.test.ts"]))
