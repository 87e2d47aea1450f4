// @ts-check
/** `npm stop`: stops the stack `npm start` left running: the storefront, the backend, then PostgreSQL. */
import path from "node:path"
import { stopLeftStack } from "./lib/background.mjs"
import { stackOptionsFromEnv } from "./lib/config.mjs"

const { dataDir } = stackOptionsFromEnv()
const stopped = await stopLeftStack(dataDir)
console.log(
  stopped.length
    ? `✓ Stopped ${stopped.join(", ")} (data kept in ${path.relative(process.cwd(), dataDir) || dataDir}).`
    : "Nothing to stop: no stack started by `npm start` is running on this data folder."
)
