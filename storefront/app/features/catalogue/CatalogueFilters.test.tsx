// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { cityKiosks, groups, marketKiosk } from "~/test/fixtures"
import { renderPage } from "~/test/render"
import { CatalogueFilters } from "./CatalogueFilters"
import { parseCatalogueState } from "./catalogue-query"

afterEach(cleanup)

const salesPoints = [cityKiosks, marketKiosk].map(({ handle, name, type }) => ({ handle, name, type }))
const withEmptyGroup = [...groups, { code: "ornamental", name: "Sinh vật cảnh", count: 0, sub_groups: [] }]
const districts = [
  { name: "Cư M'gar", count: 6 },
  { name: "Krông Năng", count: 3 },
]

function renderFilters(search: string, url = "/san-pham") {
  return renderPage(
    <CatalogueFilters
      state={parseCatalogueState(new URLSearchParams(search))}
      groups={withEmptyGroup}
      salesPoints={salesPoints}
      districts={districts}
    />,
    url
  )
}

describe("CatalogueFilters", () => {
  it("is a GET form to the catalogue, showing the URL's state", () => {
    renderFilters("stars=4&group=food&sort=price&district=Krông Năng&price_max=200000")
    const form = screen.getByRole("form", { name: "Bộ lọc" })
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/san-pham")
    expect((screen.getByLabelText("Nhóm sản phẩm") as HTMLSelectElement).value).toBe("food")
    expect((screen.getByLabelText("Sắp xếp") as HTMLSelectElement).value).toBe("price")
    expect((screen.getByLabelText("Nơi sản xuất") as HTMLSelectElement).value).toBe("Krông Năng")
    expect((screen.getByLabelText("Giá đến") as HTMLInputElement).value).toBe("200000")
  })

  it("makes each star level a link to the list with that level added or taken away, so a tap before the scripts load still filters", () => {
    renderFilters("stars=4&group=food")
    const four = screen.getByRole("link", { name: "4 sao OCOP (đang chọn)" })
    expect(four.getAttribute("aria-current")).toBe("true")
    expect(four.getAttribute("href")).toBe("/san-pham?group=food")
    const five = screen.getByRole("link", { name: "5 sao OCOP" })
    expect(five.getAttribute("aria-current")).toBeNull()
    expect(five.getAttribute("href")).toBe("/san-pham?stars=4&stars=5&group=food")
    // No checkbox that could turn green on its own.
    expect(screen.queryAllByRole("checkbox")).toEqual([])
    // The chosen stars go along when the rest of the form is applied.
    const form = screen.getByRole("form", { name: "Bộ lọc" }) as HTMLFormElement
    expect(new FormData(form).getAll("stars")).toEqual(["4"])
  })

  it("has a visible button that applies the form, for a phone whose scripts have not loaded", () => {
    renderFilters("")
    expect(screen.getByRole("button", { name: "Áp dụng" }).getAttribute("type")).toBe("submit")
  })

  it("folds behind a Lọc button that says how many filters are on, closed until tapped", () => {
    renderFilters("stars=5&district=Cư M'gar")
    const panel = screen.getByText("Lọc · 2 điều kiện").closest("details")!
    expect(panel.open).toBe(false)
    renderFilters("")
    expect(screen.getAllByText("Lọc").length).toBeGreaterThan(0)
  })

  it("offers groups with their counts, leaving out the empty ones, districts with theirs, and sales points grouped by kind", () => {
    renderFilters("")
    const groupSelect = screen.getByLabelText("Nhóm sản phẩm")
    expect(
      within(groupSelect)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["Tất cả nhóm", "Thực phẩm (30)", "Đồ uống (4)", "Thủ công mỹ nghệ (3)"])
    expect(
      within(screen.getByLabelText("Nơi sản xuất"))
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["Mọi huyện, thị xã", "Cư M'gar (6)", "Krông Năng (3)"])
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
    expect(screen.getByLabelText("Made in")).toBeTruthy()
  })
})
