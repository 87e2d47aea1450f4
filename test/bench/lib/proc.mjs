// @ts-check
/**
 * What Linux's /proc says of a process: its descendants, its command line, its memory. Node's own modules only,
 * so bootstrap-figures.mjs can read a checkout whose dependencies are still being installed.
 */
import fs from "node:fs"

/** @param {number} pid @returns {number[]} the process and all its descendants */
export function processTree(pid) {
  const file = `/proc/${pid}/task/${pid}/children`
  const children = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number) : []
  return [pid, ...children.flatMap(processTree)]
}

/** @param {number} pid @param {string} field  a line of /proc/<pid>/status, in kB (0 once the process is gone) */
export function statusKb(pid, field) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`))
    return line ? Number(line.split(/\s+/)[1]) : 0
  } catch {
    return 0
  }
}

/** The command line as typed; PostgreSQL's processes name themselves ("postgres: checkpointer"). @param {number} pid */
export function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim()
  } catch {
    return ""
  }
}

/**
 * Proportional set size: shared pages (PostgreSQL's shared buffers) divided among the processes that map
 * them, so a sum over processes counts them once. @param {number} pid
 */
export function pssKb(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").split("\n").find((l) => l.startsWith("Pss:"))
    return line ? Number(line.split(/\s+/)[1]) : 0
  } catch {
    return 0
  }
}

/** @param {number} pid @returns {number} its parent's pid, 0 once it is gone */
export function parentPid(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1])
  } catch {
    return 0
  }
}

/** @param {number} pid @returns {number[]} the process, its parent, and so on up to init */
export function ancestry(pid) {
  const chain = []
  for (let p = pid; p > 1; p = parentPid(p)) chain.push(p)
  return chain
}
