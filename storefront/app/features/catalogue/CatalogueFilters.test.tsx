// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { cityKiosks, groups, marketKiosk } from "~/test/fixtures"
import { renderPage } from "~/test/render"
import { parseCatalogueState } from "./catalogue-query"
import { CatalogueFilters } from "./CatalogueFilters"

afterEach(cleanup)

const salesPoints = [cityKiosks, marketKiosk].map(({ handle, name, type }) => ({ handle, name, type }))
const withEmptyGroup = [...groups, { code: "ornamental", name: "Sinh vật cảnh", count: 0, sub_groups: [] }]

function renderFilters(search: string, url = "/san-pham") {
  return renderPage(
    <CatalogueFilters
      state={parseCatalogueState(new URLSearchParams(search))}
      groups={withEmptyGroup}
      salesPoints={salesPoints}
    />,
    url
  )
}

describe("CatalogueFilters", () => {
  it("is a GET form to the catalogue, showing the URL's state", () => {
    renderFilters("stars=4&group=food&sort=price")
    const form = screen.getByRole("form", { name: "Bộ lọc" })
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/san-pham")
    expect((screen.getByRole("checkbox", { name: "4 sao OCOP" }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole("checkbox", { name: "5 sao OCOP" }) as HTMLInputElement).checked).toBe(false)
    expect((screen.getByLabelText("Nhóm sản phẩm") as HTMLSelectElement).value).toBe("food")
    expect((screen.getByLabelText("Sắp xếp") as HTMLSelectElement).value).toBe("price")
  })

  it("offers groups with their counts, leaving out the empty ones, and sales points grouped by kind", () => {
    renderFilters("")
    const groupSelect = screen.getByLabelText("Nhóm sản phẩm")
    expect(
      within(groupSelect)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["Tất cả nhóm", "Thực phẩm (30)", "Đồ uống (4)", "Thủ công mỹ nghệ (3)"])
    const soldAt = screen.getByLabelText("Bán tại")
    expect([...soldAt.querySelectorAll("optgroup")].map((group) => group.label)).toEqual([
      "Cụm điểm ki ốt OCOP",
      "Ki ốt OCOP tại chợ huyện",
    ])
  })

  it("submits to the English catalogue from an English page", () => {
    renderFilters("", "/en/san-pham")
    expect(screen.getByRole("form", { name: "Filters" }).getAttribute("action")).toBe("/en/san-pham")
    expect(screen.getByLabelText("Kind of producer")).toBeTruthy()
  })
})
