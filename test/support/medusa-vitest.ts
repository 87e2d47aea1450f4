/**
 * Shared Vitest settings for the workspaces whose tests start Medusa (backend, plugin): Jest-style globals
 * (Medusa's runners call `beforeAll`/`describe` themselves), one process per file, and time for Medusa
 * to migrate a fresh database per file.
 */
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { ViteUserConfig } from "vitest/config"

const here = path.dirname(fileURLToPath(import.meta.url))

export function medusaTestConfig(name: string, include: string[]): ViteUserConfig {
  return {
    test: {
      name,
      globals: true,
      pool: "forks",
      include,
      setupFiles: [path.join(here, "medusa-setup.ts")],
      testTimeout: 120_000,
      hookTimeout: Number(process.env.OCOP_HOOK_TIMEOUT ?? 240_000),
      env: {
        // "localhost", not 127.0.0.1: the runner turns SSL on for any other host, and the embedded server has none.
        DB_HOST: process.env.DB_HOST ?? "localhost",
        DB_PORT: process.env.DB_PORT ?? "5432",
        DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
        DB_PASSWORD: process.env.DB_PASSWORD ?? "postgres",
        MEDUSA_DISABLE_TELEMETRY: "true",
        DISABLE_ADMIN: "true",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
      },
    },
  }
}
