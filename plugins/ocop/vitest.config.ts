import { defineConfig } from "vitest/config"
import { medusaTestConfig } from "../../test/support/medusa-vitest"

/** Unit tests (`*.test.ts`) and module integration tests (`*.spec.ts`, Medusa's module runner on a fresh database). */
export default defineConfig(medusaTestConfig("plugin", ["src/**/*.test.ts", "src/**/__tests__/**/*.spec.ts"]))
