import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { clientFacing, looksLikeSql } from "./error-handler"

const SQL_401 = new MedusaError(
  MedusaError.Types.UNAUTHORIZED,
  'select "a0".* from "auth_identity" as "a0" left join "provider_identity" as "p1" on "a0"."id" = "p1"."auth_identity_id" where "p1"."entity_id" = \'a\u0000b\' - invalid byte sequence for encoding "UTF8": 0x00'
)

describe("the error handler's view of an error", () => {
  it("keeps a 401 a 401 but never hands its SQL to the client", () => {
    const shown = clientFacing(SQL_401) as MedusaError
    expect(shown.type).toBe(MedusaError.Types.UNAUTHORIZED)
    expect(shown.message).toBe("Invalid email or password")
  })

  it("answers a database data exception (SQLSTATE class 22) as bad input, without the driver's text", () => {
    const driver = Object.assign(new Error('select * from "product" limit -1 - LIMIT must not be negative'), { code: "2201W" })
    const shown = clientFacing(driver) as MedusaError
    expect(shown.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(looksLikeSql(shown.message)).toBe(false)
  })

  it("answers Express's failure to decode a route parameter as bad input", () => {
    const express = Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400, statusCode: 400 })
    expect((clientFacing(express) as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
  })

  it("leaves other errors as Medusa would answer them", () => {
    const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "Product with id: prod_1 was not found")
    expect(clientFacing(notFound)).toBe(notFound)
  })

  it("recognises statements, not ordinary sentences", () => {
    expect(looksLikeSql('insert into "cart" ("id") values ($1)')).toBe(true)
    expect(looksLikeSql('update "cart" set "email" = $1')).toBe(true)
    expect(looksLikeSql("Select a region from the list")).toBe(false)
    expect(looksLikeSql("Variant var_1 is not for sale where you are")).toBe(false)
  })
})
