// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { renderPage } from "~/test/render"
import { StarBadge } from "./StarBadge"

afterEach(cleanup)

describe("StarBadge", () => {
  it("is read as '4 sao OCOP', not as four star characters", () => {
    renderPage(<StarBadge stars={4} />)
    const badge = screen.getByRole("img", { name: "4 sao OCOP" })
    expect(badge.textContent).toContain("★★★★")
    expect(badge.textContent).not.toContain("★★★★★")
  })

  it("speaks English on English pages", () => {
    renderPage(<StarBadge stars={5} />, "/en/san-pham")
    expect(screen.getByRole("img", { name: "5-star OCOP" })).toBeTruthy()
  })
})
