// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { renderPage } from "~/test/render"
import { Field, SelectField } from "./form"

afterEach(cleanup)

describe("a form field refused by the server", () => {
  it("shows why under the field until the shopper corrects it, then the hint again", () => {
    renderPage(<Field name="phone" label="Số điện thoại" hint="Ví dụ 0905 123 456" error="checkout.errors.phone" defaultValue="0123" />)
    const input = screen.getByLabelText("Số điện thoại")
    expect(input.getAttribute("aria-invalid")).toBe("true")
    expect(document.querySelector("[data-field-error=phone]")).not.toBeNull()
    fireEvent.input(input, { target: { value: "0905 123 456" } })
    expect(input.getAttribute("aria-invalid")).toBeNull()
    expect(document.querySelector("[data-field-error=phone]")).toBeNull()
    expect(screen.getByText("Ví dụ 0905 123 456")).toBeTruthy()
  })

  it("does the same for a list to choose from", () => {
    renderPage(
      <SelectField name="province" label="Tỉnh" placeholder="Chọn" options={[{ code: "66", name: "Đắk Lắk" }]} error="checkout.errors.province" />
    )
    const select = screen.getByLabelText("Tỉnh")
    expect(select.getAttribute("aria-invalid")).toBe("true")
    fireEvent.change(select, { target: { value: "66" } })
    expect(select.getAttribute("aria-invalid")).toBeNull()
    expect(document.querySelector("[data-field-error=province]")).toBeNull()
  })
})
