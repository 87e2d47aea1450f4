// @ts-check
/** Starting and stopping the stack's long-running processes, each in its own process group. */
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import { UserError } from "./config.mjs"

/**
 * @typedef {object} Service
 * @property {string} name
 * @property {import("node:child_process").ChildProcess} child
 * @property {Promise<number | null>} exited
 * @property {NodeJS.ProcessEnv} env
 * @property {(env?: NodeJS.ProcessEnv) => Service} startAgain  the same program and arguments, started anew, with
 *   the same environment or the one given
 */

/**
 * Starts a program detached in its own process group, so that the orchestrator decides the order of
 * shutdown (backend before PostgreSQL) and a stop reaches every grandchild.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile?: string }} options
 * @returns {Service}
 */
export function startService(name, command, args, { cwd, env, logFile }) {
  const out = logFile ? fs.openSync(logFile, "a") : "inherit"
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] })
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  return { name, child, exited, env, startAgain: (other = env) => startService(name, command, args, { cwd, env: other, logFile }) }
}

/**
 * SIGTERM to the whole group, then SIGKILL if it is still there after `graceMs`.
 * @param {{ child: import("node:child_process").ChildProcess, exited: Promise<unknown> }} service
 */
export async function stopService(service, graceMs = 10_000) {
  const pid = service.child.pid
  if (!pid || service.child.exitCode !== null || service.child.signalCode !== null) return
  signalGroup(pid, "SIGTERM")
  const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs)
  await service.exited
  clearTimeout(timer)
  // The leader has exited; anything it left in its group goes too.
  signalGroup(pid, "SIGKILL")
}

/**
 * The same stop for a process group this process did not start (the one `npm start` left running): SIGTERM,
 * then SIGKILL if its leader is still there after `graceMs`.
 * @param {number} pid
 */
export async function stopProcessGroup(pid, graceMs = 10_000) {
  const deadline = Date.now() + graceMs
  signalGroup(pid, "SIGTERM")
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  signalGroup(pid, "SIGKILL")
}

/** Whether the process runs: an exited one its new parent has not reaped yet (a zombie) does not. @param {number} pid */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z"
  } catch {
    return true // no /proc (macOS): the signal's answer is all there is
  }
}

/** @param {number} pid @param {NodeJS.Signals} signal */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/**
 * Runs a command to completion; its output goes to the log file (or the terminal) and a failure throws.
 * @param {string} command @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, logFile?: string, what: string }} options
 */
export async function run(command, args, { cwd, env = process.env, logFile, what }) {
  const out = logFile ? fs.openSync(logFile, "a") : "inherit"
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] })
  const code = await new Promise((resolve) => child.on("exit", resolve))
  if (code !== 0) {
    throw new UserError(`${what} failed (exit ${code})${logFile ? `: see ${logFile}` : ""}`)
  }
}

/** @param {number} port @param {string} variable */
export async function assertPortFree(port, variable) {
  const free = await new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new UserError(`Port ${port} is taken: stop what listens there, or choose another with ${variable}=<port>.`)
  }
}

/**
 * Polls a URL until it answers 2xx, or throws after `timeoutMs`.
 * @param {string} url @param {{ timeoutMs?: number, headers?: Record<string, string>, service?: Service }} [options]
 */
export async function waitForHttp(url, { timeoutMs = 120_000, headers, service } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service && service.child.exitCode !== null) {
      throw new UserError(`${service.name} exited (code ${service.child.exitCode}) before ${url} answered`)
    }
    try {
      const response = await fetch(url, { headers })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new UserError(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

/**
 * Polls until something accepts TCP connections on 127.0.0.1:`port` (a server that speaks no HTTP: Redis).
 * @param {number} port @param {{ timeoutMs?: number, service?: Service }} [options]
 */
export async function waitForTcp(port, { timeoutMs = 30_000, service } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service && service.child.exitCode !== null) {
      throw new UserError(`${service.name} exited (code ${service.child.exitCode}) before port ${port} opened`)
    }
    const open = await new Promise((resolve) => {
      const socket = net.connect({ port, host: "127.0.0.1" })
      socket.once("connect", () => (socket.destroy(), resolve(true)))
      socket.once("error", () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new UserError(`Nothing accepted connections on port ${port} within ${Math.round(timeoutMs / 1000)} s`)
}
