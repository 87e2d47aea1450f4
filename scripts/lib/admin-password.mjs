// @ts-check
/**
 * The admin's password: never a fixed one. The first start of a data folder makes a random password, keeps it
 * in <dataDir>/admin-password (mode 0600, readable by the owner only) and says so once; later starts read it
 * back. `OCOP_ADMIN_PASSWORD` overrides it (and is then not written anywhere). A reset sets a new one through
 * Medusa's auth module.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { medusaExec } from "./medusa.mjs"
import { PLUGIN } from "./plugin.mjs"

export const ADMIN_PASSWORD_FILE = "admin-password"

/** 18 random bytes as base64url: 24 characters, 144 bits, no character a shell or a URL needs escaped. */
export function randomPassword() {
  return crypto.randomBytes(18).toString("base64url")
}

/**
 * @param {string} dataDir
 * @param {{ override?: string }} [how]
 * @returns {{ password: string, created: boolean, file: string | null }}
 */
export function adminPasswordFor(dataDir, { override } = {}) {
  return keptPassword(dataDir, ADMIN_PASSWORD_FILE, override)
}

export const PRODUCER_PASSWORD_FILE = "producer-password"

/**
 * The seed's demo producer owner (the seller portal's first login) gets a random password the same way:
 * `OCOP_PRODUCER_PASSWORD` overrides it.
 * @param {string} dataDir
 * @param {{ override?: string }} [how]
 */
export function producerPasswordFor(dataDir, { override } = {}) {
  return keptPassword(dataDir, PRODUCER_PASSWORD_FILE, override)
}

/**
 * @param {string} dataDir @param {string} name @param {string | undefined} override
 * @returns {{ password: string, created: boolean, file: string | null }}
 */
function keptPassword(dataDir, name, override) {
  if (override) return { password: override, created: false, file: null }
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) {
    const password = fs.readFileSync(file, "utf8").trim()
    if (password) return { password, created: false, file }
  }
  const password = randomPassword()
  writePrivate(file, password + "\n")
  return { password, created: true, file }
}

/**
 * Gives an admin user a new random password through Medusa's auth module (the plugin's reset-admin-password
 * script: the same hashing as a login, never SQL) and returns it.
 * @param {import("./data-folder.mjs").DataFolder} folder @param {NodeJS.ProcessEnv} env  with DATABASE_URL
 * @param {string} email
 */
export async function setNewAdminPassword(folder, env, email) {
  const password = randomPassword()
  await medusaExec(PLUGIN.execScripts.resetAdminPassword, [], {
    env: { ...env, OCOP_RESET_ADMIN_EMAIL: email, OCOP_RESET_ADMIN_PASSWORD: password },
    logFile: folder.log("admin-reset-password.log"),
    what: "Resetting the admin password",
  })
  return password
}

/** Replaces the kept password (after a reset): the file stays the owner's only. @param {string} dataDir @param {string} password */
export function keepAdminPassword(dataDir, password) {
  writePrivate(path.join(dataDir, ADMIN_PASSWORD_FILE), password + "\n")
}

/**
 * Writes a file only its owner can read. `mode` applies only when the file is created, so an older file left
 * readable by everyone is tightened too.
 * @param {string} file @param {string} text
 */
export function writePrivate(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text, { mode: 0o600 })
  fs.chmodSync(file, 0o600)
}
