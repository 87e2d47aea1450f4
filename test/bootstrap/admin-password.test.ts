/**
 * No install shares a known admin password (issue 16, finding 2): the first start makes a random one, kept
 * where only the owner can read it, and `npm run admin:reset-password` gives a new one through Medusa's auth
 * module.
 */
import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { adminPasswordFor } from "../../scripts/lib/admin-password.mjs"
import { stackOptionsFromEnv } from "../../scripts/lib/config.mjs"
import { readStack } from "../support/stack"

const root = path.resolve(__dirname, "../..")
const modeOf = (file: string) => fs.statSync(file).mode & 0o777
const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "ocop-admin-password-"))

describe("the admin's password", () => {
  it("is written nowhere in the code, the seed or the README", () => {
    const places = ["README.md", "scripts", "seed/src", "backend/medusa-config.ts"].map((p) => path.join(root, p))
    const files = places.flatMap((place) =>
      fs.statSync(place).isDirectory() ? fs.readdirSync(place, { recursive: true, encoding: "utf8" }).map((f) => path.join(place, f)) : [place]
    )
    const offenders = files.filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file, "utf8").includes("ocop-admin"))
    expect(offenders).toEqual([])
    const saved = process.env.OCOP_ADMIN_PASSWORD
    delete process.env.OCOP_ADMIN_PASSWORD
    try {
      expect(stackOptionsFromEnv().adminPassword).toBeUndefined()
    } finally {
      if (saved !== undefined) process.env.OCOP_ADMIN_PASSWORD = saved
    }
  })

  it("differs between two fresh data folders and is kept readable by the owner only", () => {
    const [a, b] = [freshDir(), freshDir()]
    try {
      const first = adminPasswordFor(a)
      const second = adminPasswordFor(b)
      expect(first.created && second.created).toBe(true)
      expect(first.password).not.toBe(second.password)
      expect(first.password.length).toBeGreaterThanOrEqual(20)
      expect(modeOf(first.file!)).toBe(0o600)
      // The next start of the same folder reads it back rather than making another.
      expect(adminPasswordFor(a)).toEqual({ ...first, created: false })
    } finally {
      for (const dir of [a, b]) fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("is the one OCOP_ADMIN_PASSWORD names when it is set, and then is not written down", () => {
    const dir = freshDir()
    try {
      expect(adminPasswordFor(dir, { override: "chosen-by-the-operator" })).toEqual({ password: "chosen-by-the-operator", created: false, file: null })
      expect(fs.readdirSync(dir)).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("leaves stack.json and the password file readable by their owner only, and logs the admin in", async () => {
    const stack = readStack()
    expect(modeOf(process.env.OCOP_STACK_FILE!)).toBe(0o600)
    expect(modeOf(path.join(process.env.OCOP_TEST_DATA_DIR!, "admin-password"))).toBe(0o600)
    const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
    })
    expect(login.status).toBe(200)
  })
})

describe("npm run admin:reset-password", () => {
  const post = async (url: string, body: unknown, token?: string) => {
    const send = () =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    // The reset takes longer than the server's keep-alive: a pooled connection it closed meanwhile is retried once.
    const response = await send().catch(send)
    return { status: response.status, body: (await response.json().catch(() => ({}))) as any }
  }

  it("gives an admin a new password that logs in, and the old one no longer does", async () => {
    const stack = readStack()
    const api = stack.backend_url
    const adminToken = (await post(`${api}/auth/user/emailpass`, { email: stack.admin_email, password: stack.admin_password })).body.token
    // A second admin, invited as Medusa invites one, so the stack's own admin (which other tests use) is untouched.
    const email = `reset-${crypto.randomUUID().slice(0, 8)}@example.com`
    const oldPassword = "old-password-of-the-second-admin"
    const invite = await post(`${api}/admin/invites`, { email }, adminToken)
    expect(invite.status).toBe(200)
    const registration = await post(`${api}/auth/user/emailpass/register`, { email, password: oldPassword })
    const accepted = await post(`${api}/admin/invites/accept?token=${invite.body.invite.token}`, { email, first_name: "Hai", last_name: "Quản trị" }, registration.body.token)
    expect(accepted.status).toBe(200)
    expect((await post(`${api}/auth/user/emailpass`, { email, password: oldPassword })).status).toBe(200)

    const dataDir = freshDir()
    fs.chmodSync(dataDir, 0o755)
    try {
      const result = spawnSync("node", ["scripts/admin-reset-password.mjs", "--email", email], {
        cwd: root,
        env: { ...process.env, OCOP_DATA_DIR: dataDir, DATABASE_URL: stack.database_url, OCOP_ADMIN_PASSWORD: "" },
        encoding: "utf8",
        timeout: 180_000,
      })
      expect(result.stderr).toBe("")
      expect(result.status).toBe(0)
      const newPassword = /New admin password for \S+: (\S+)/.exec(result.stdout)?.[1]
      expect(newPassword).toMatch(/^[A-Za-z0-9_-]{24}$/)
      expect((await post(`${api}/auth/user/emailpass`, { email, password: newPassword })).status).toBe(200)
      expect((await post(`${api}/auth/user/emailpass`, { email, password: oldPassword })).status).toBe(401)
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
