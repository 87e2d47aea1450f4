import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler, with three changes for errors that bad input causes deep inside (the request guard
 * refuses what it can see first; this catches what slips past it, on Medusa's routes as on ours):
 *
 * - Express's "Failed to decode param" (a route parameter with a broken escape) is the client's fault: 400,
 *   where Medusa answers 500.
 * - A database error caused by a value (PostgreSQL's class 22, "data exception": a number out of range, a NUL
 *   byte, a malformed value) is bad input: 400 with a plain message, never the driver's text.
 * - No message ever carries SQL: Medusa's login routes put the failed query in a 401's message (a NUL in the
 *   e-mail), and other errors may. Such a message is replaced by one that says only what happened.
 */
const medusaErrorHandler = errorHandler()

export function ocopErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return medusaErrorHandler(clientFacing(error), req, res, next)
}

/** The error as the client may see it. Exported for the unit tests. */
export function clientFacing(error: unknown): unknown {
  if (!error || typeof error !== "object") return error
  const err = error as { message?: unknown; status?: unknown; code?: unknown; type?: unknown; name?: unknown }
  const message = typeof err.message === "string" ? err.message : ""

  if (err.status === 400 && message.startsWith("Failed to decode param")) {
    return invalid("Đường dẫn chứa mã %-escape không hợp lệ", "the path holds a percent escape that is not valid UTF-8")
  }
  if (isDataException(err)) {
    return invalid("Giá trị không hợp lệ", "a value in the request is not valid (out of range or malformed)")
  }
  if (looksLikeSql(message)) {
    // Keep the kind of error (401 stays 401), drop the text.
    const type = typeof err.type === "string" && Object.values(MedusaError.Types).includes(err.type as any) ? err.type : null
    if (type === MedusaError.Types.UNAUTHORIZED) {
      return new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid email or password")
    }
    if (type && type !== MedusaError.Types.DB_ERROR) return new MedusaError(type as any, "The request could not be completed")
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "An unknown error occurred.")
  }
  return error
}

function invalid(vi: string, en: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)
}

/**
 * PostgreSQL's SQLSTATE class 22, as the `pg` driver reports it (`code`), also when MikroORM wraps it
 * (DriverException subclasses keep the code).
 */
function isDataException(err: { code?: unknown; name?: unknown }): boolean {
  return typeof err.code === "string" && /^22[0-9A-Z]{3}$/.test(err.code)
}

/** A statement as the driver or the ORM prints it (`select "a0".* from "…"`, `insert into "…"`, `where "…"`), not a sentence. */
export function looksLikeSql(message: string): boolean {
  return /\bselect\s+(distinct\s+)?["*(]|\bfrom\s+"|\binsert\s+into\s+"|\bupdate\s+"[^"]*"\s+set\b|\bdelete\s+from\s+"|\bwhere\s+"/i.test(message)
}
