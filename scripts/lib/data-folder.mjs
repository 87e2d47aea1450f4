// @ts-check
/**
 * The data folder (`.data` unless OCOP_DATA_DIR says otherwise): where a stack keeps its logs, uploads and mail,
 * its secrets, and state.json, which remembers per database what was migrated and seeded, so that a second
 * start skips both when nothing changed.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/**
 * @typedef {{ fingerprint: string, publishable_key: string, region_id: string, producer_email?: string,
 *   producer_handle?: string }} SeedRecord
 * @typedef {{ migrations?: Record<string, string>, seeds?: Record<string, SeedRecord> }} State
 * @typedef {ReturnType<typeof dataFolder>} DataFolder
 */

/** @param {string} dir */
export function dataFolder(dir) {
  const logDir = path.join(dir, "logs")
  const stateFile = path.join(dir, "state.json")

  /** @returns {State} */
  function readState() {
    return fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, "utf8")) : {}
  }

  /** @param {(state: State) => State} change */
  function updateState(change) {
    fs.writeFileSync(stateFile, JSON.stringify(change(readState()), null, 2) + "\n")
  }

  return {
    dir,
    logDir,
    /** @param {string} name */
    log: (name) => path.join(logDir, name),
    stackFile: path.join(dir, "stack.json"),
    uploadDir: path.join(dir, "uploads"),
    // The file mail provider's outbox (order confirmations, password resets): a developer or a test reads it here.
    mailDir: process.env.OCOP_MAIL_DIR || path.join(dir, "mail"),

    /** The fingerprint of the schema's inputs this database was last migrated with. @param {string} url */
    migrated: (url) => readState().migrations?.[url],
    /** @param {string} url @param {string} print */
    recordMigration: (url, print) => updateState((state) => ({ ...state, migrations: { ...state.migrations, [url]: print } })),
    /** What the last seed of this database reported. @param {string} url */
    seeded: (url) => readState().seeds?.[url],
    /** @param {string} url @param {SeedRecord} record */
    recordSeed: (url, record) => updateState((state) => ({ ...state, seeds: { ...state.seeds, [url]: record } })),
    /** A dropped database was never migrated nor seeded. @param {string} url */
    forget: (url) =>
      updateState(({ migrations = {}, seeds = {}, ...rest }) => {
        delete migrations[url]
        delete seeds[url]
        return { ...rest, migrations, seeds }
      }),

    /** Secrets made once per data folder: sessions survive restarts, and no two installs share a secret. */
    secrets() {
      const file = path.join(dir, "secrets.json")
      if (fs.existsSync(file)) return /** @type {{ jwt: string, cookie: string }} */ (JSON.parse(fs.readFileSync(file, "utf8")))
      const secrets = { jwt: crypto.randomBytes(32).toString("hex"), cookie: crypto.randomBytes(32).toString("hex") }
      fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
      return secrets
    },
  }
}
