// @ts-check
/**
 * `npm run seed`: loads the seed data into the database of `npm start` (idempotent: only what is missing
 * is added). `npm run seed -- --reset` drops the database and starts over; `--scale N` adds N generated
 * certified products for benchmarks, in Đắk Lắk or, with `--provinces all` (or codes: `66,79`), across the
 * country. Uses the running stack's database if `npm start` is up.
 */
import path from "node:path"
import { UserError, stackOptionsFromEnv } from "./lib/config.mjs"
import { createStack } from "./lib/stack.mjs"
import { runningStack } from "./lib/stack-file.mjs"

const args = process.argv.slice(2)
const reset = args.includes("--reset")
let seedArgs = /** @type {string[]} */ ([])
try {
  seedArgs = toExecArgs(args.filter((arg) => arg !== "--reset"))
} catch (error) {
  console.error(`✗ ${/** @type {Error} */ (error).message}`)
  process.exit(1)
}

/**
 * `medusa exec` refuses options it does not know and hands the script positional words only, so `--scale N`
 * travels as `scale=N` (and `--orders N` as `orders=N`).
 * @param {string[]} rest
 */
function toExecArgs(rest) {
  const out = []
  for (let i = 0; i < rest.length; i++) {
    const match = /^--(scale|orders|provinces)(?:=(.*))?$/.exec(rest[i])
    if (!match) throw new Error(`Unknown argument "${rest[i]}": npm run seed [-- --reset] [-- --scale N [--provinces all|66,79]] [-- --orders N]`)
    const value = match[2] ?? rest[++i]
    if (match[1] === "provinces") {
      if (!value || !/^(all|\d{2}(,\d{2})*)$/.test(value)) throw new Error(`--provinces takes "all" or province codes, as in --provinces 66,79`)
      out.push(`provinces=${value}`)
      continue
    }
    if (!value || !/^\d+$/.test(value)) throw new Error(`--${match[1]} needs a whole number, as in --${match[1]} 10000`)
    out.push(`${match[1]}=${value}`)
  }
  return out
}

const options = stackOptionsFromEnv()
const running = await runningStack(options.dataDir)
if (running && reset) {
  console.error("✗ `npm start` is running: stop it (`npm stop`) before `npm run seed -- --reset` drops its database.")
  process.exit(1)
}

const stack = createStack(running ? { ...options, databaseUrl: running.database_url } : options)
try {
  const started = Date.now()
  await stack.prepareDatabase({ reset, forceSeed: true, seedArgs })
  console.log(`✓ Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.join(options.dataDir, "logs/seed.log")})`)
} catch (error) {
  console.error(error instanceof UserError ? `✗ ${error.message}` : error)
  process.exitCode = 1
} finally {
  await stack.stop()
}
