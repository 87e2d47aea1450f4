/**
 * Set-up for Vitest files that start Medusa through `@medusajs/test-utils` (written for Jest):
 * Medusa loads `medusa-config.ts` and `src/**` with Node's own `require`, outside Vite's transform,
 * so `require` gets a TypeScript hook; the runners name their databases by Jest's worker id; and
 * MikroORM keeps entity metadata in a process-wide registry that must not leak from one file to the next.
 */
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

process.env.JEST_WORKER_ID ??= process.env.VITEST_POOL_ID ?? "1"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const tsNode = require("ts-node") as typeof import("ts-node")
if (!(process as unknown as Record<symbol, unknown>)[tsNode.REGISTER_INSTANCE]) {
  tsNode.register({
    transpileOnly: true,
    swc: true,
    // Module services use decorators (`@InjectManager`); module tests load them from source.
    compilerOptions: { module: "commonjs", experimentalDecorators: true, emitDecoratorMetadata: true },
  })
}

// Cleared here, before the test file is imported, not in a `beforeAll`: the module runner turns the module's
// models into MikroORM entities when the test file is imported, and a later clear would leave it none.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core") as typeof import("@mikro-orm/core")
MetadataStorage.clear()
