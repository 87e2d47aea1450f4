// @ts-check
/**
 * The OCOP plugin as the bootstrap sees it: a workspace found by its package name, and what the `ocop` field of
 * its package.json says the bootstrap must know. The bootstrap names no folder or file inside the plugin; a
 * plugin that moves its sources edits its own package.json, and test/structure/plugin-imports.test.ts holds
 * the bootstrap to that.
 */
import fs from "node:fs"
import path from "node:path"
import { ROOT, UserError } from "./config.mjs"

export const PLUGIN_PACKAGE = "@ocop/medusa-plugin-ocop"

/**
 * @typedef {object} Plugin
 * @property {string} dir            the plugin's folder, relative to the root
 * @property {string[]} buildInputs  what its build reads, relative to the root
 * @property {string} buildStamp     where the bootstrap keeps the fingerprint of its last build (in Medusa's `.medusa`)
 * @property {string[]} schemaSources  where its models, links and search indexes are defined, relative to the root
 * @property {string[]} seedReads    its sources the seed reads (by package name), relative to the root
 * @property {{ reindexSearch: string, resetAdminPassword: string }} execScripts  its built scripts for
 *   `medusa exec`, as absolute paths (they exist once the plugin is built)
 */

/** @param {string} file */
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"))

/** The workspace whose package.json names the plugin; npm's own list, so it works before `npm install`. */
function findPluginDir() {
  const workspaces = /** @type {string[]} */ (readJson(path.join(ROOT, "package.json")).workspaces ?? [])
  const dir = workspaces.find((workspace) => {
    const manifest = path.join(ROOT, workspace, "package.json")
    return fs.existsSync(manifest) && readJson(manifest).name === PLUGIN_PACKAGE
  })
  if (!dir) throw new UserError(`No workspace of package.json is the plugin ${PLUGIN_PACKAGE}.`)
  return dir
}

/** @returns {Plugin} */
function readPlugin() {
  const dir = findPluginDir()
  const field = readJson(path.join(ROOT, dir, "package.json")).ocop
  /** @param {string} key @returns {any} */
  const need = (key) => {
    if (field?.[key] == null) throw new UserError(`${dir}/package.json: the "ocop" field lacks "${key}", which the bootstrap needs.`)
    return field[key]
  }
  /** @param {string[]} paths */
  const inPlugin = (paths) => paths.map((p) => path.posix.join(dir, p))
  const scripts = need("execScripts")
  /** @param {string} name */
  const script = (name) => {
    if (typeof scripts[name] !== "string") throw new UserError(`${dir}/package.json: "ocop.execScripts" lacks "${name}".`)
    return path.join(ROOT, dir, scripts[name])
  }
  return {
    dir,
    buildInputs: inPlugin(need("buildInputs")),
    buildStamp: path.posix.join(dir, ".medusa/build-fingerprint"),
    schemaSources: inPlugin(need("schemaSources")),
    seedReads: inPlugin(need("seedReads")),
    execScripts: {
      reindexSearch: script("reindexSearch"),
      resetAdminPassword: script("resetAdminPassword"),
    },
  }
}

export const PLUGIN = readPlugin()
