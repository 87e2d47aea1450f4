// @ts-check
/**
 * `npm run admin:reset-password [-- --email someone@example.com]`: a new random password for the admin (the
 * stack's own by default), set through Medusa's auth module and printed once. The stack's admin's new password
 * is also kept in <dataDir>/admin-password and stack.json (both mode 0600). Works with `npm start` running or not.
 */
import path from "node:path"
import { UserError, stackOptionsFromEnv } from "./lib/config.mjs"
import { createStack } from "./lib/stack.mjs"
import { runningStack } from "./lib/stack-file.mjs"

const args = process.argv.slice(2)
const emailAt = args.indexOf("--email")
const email = emailAt >= 0 ? args[emailAt + 1] : undefined
if ((emailAt >= 0 && !email) || args.some((arg, i) => arg !== "--email" && i !== emailAt + 1)) {
  console.error("✗ Usage: npm run admin:reset-password [-- --email admin@example.com]")
  process.exit(1)
}

const options = stackOptionsFromEnv()
const running = await runningStack(options.dataDir)
const stack = createStack(running ? { ...options, databaseUrl: running.database_url } : options)
try {
  const reset = await stack.resetAdminPassword({ email })
  console.log(`✓ New admin password for ${reset.email}: ${reset.password}`)
  if (reset.file) console.log(`  kept in ${reset.file} (and stack.json); shown only this once`)
  if (reset.file && process.env.OCOP_ADMIN_PASSWORD) {
    console.log("  OCOP_ADMIN_PASSWORD is set: unset it, or the next start reports that one instead")
  }
} catch (error) {
  console.error(error instanceof UserError ? `✗ ${error.message}` : error)
  process.exitCode = 1
} finally {
  await stack.stop()
}
