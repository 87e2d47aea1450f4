import fs from "node:fs"
import path from "node:path"

/** One mail as the file provider writes it (service.ts). */
export type OutboxMail = {
  to: string
  channel: string
  template: string
  subject: string | null
  text: string | null
  data: Record<string, any>
  written_at: string
}

/** The file a mail is written to; it is written beside as `<file>.partial` and renamed, so readers see it whole. */
export const isMailFile = (name: string) => name.endsWith(".json")

/** Every mail in the outbox folder, oldest first; none when the folder does not exist yet. */
export function readOutbox(directory: string): OutboxMail[] {
  if (!fs.existsSync(directory)) return []
  return fs
    .readdirSync(directory)
    .filter(isMailFile)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")) as OutboxMail)
}
