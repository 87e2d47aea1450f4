// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing"
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { I18nextProvider } from "react-i18next"
import { afterEach, describe, expect, it, vi } from "vitest"
import { createHydrationI18n } from "~/i18n/hydration-i18n"
import vi_ from "~/i18n/locales/vi"
import { SearchBox } from "./SearchBox"

afterEach(cleanup)

/** The box on a page, with a stand-in for the suggestions route that records what it was asked. */
function renderBox(asked: string[] = []) {
  const Stub = createRemixStub([
    { path: "/", Component: () => <SearchBox /> },
    {
      path: "/tim-kiem/goi-y",
      loader: ({ request }) => {
        const q = new URL(request.url).searchParams.get("q") ?? ""
        asked.push(q)
        return {
          q,
          products: [
            { handle: "mat-ong-hoa-ca-phe-ea-o", title: "Mật ong hoa cà phê Ea Ô", producer: "HTX Nuôi ong mật Ea Ô" },
            { handle: "mat-ong-rung-cu-san", title: "Mật ong rừng Cư San", producer: null },
          ],
          groups: [{ code: "food", name: "Thực phẩm", count: 5 }],
        }
      },
    },
    { path: "/san-pham/:handle", Component: () => <p>product page</p> },
    { path: "/tim-kiem", Component: () => <p>results page</p> },
  ])
  render(
    <I18nextProvider i18n={createHydrationI18n("vi", vi_)}>
      <Stub initialEntries={["/"]} />
    </I18nextProvider>
  )
  return screen.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
}

describe("SearchBox", () => {
  it("is a plain GET search form to /tim-kiem with the text as q, so it works without JavaScript", () => {
    const box = renderBox()
    const form = box.closest("form")!
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/tim-kiem")
    expect(box.getAttribute("name")).toBe("q")
    expect(screen.getByRole("search")).toBe(form)
  })

  it("keeps the filters of the filtered list it is used on, and only those", () => {
    const Stub = createRemixStub([{ path: "*", Component: () => <SearchBox /> }])
    render(
      <I18nextProvider i18n={createHydrationI18n("vi", vi_)}>
        <Stub initialEntries={["/san-pham?stars=4&group=food&district=Krông Năng&sort=price&page=2"]} />
      </I18nextProvider>
    )
    const form = screen.getByRole("search") as HTMLFormElement
    const sent = [...new FormData(form)].filter(([name]) => name !== "q")
    expect(sent).toEqual([
      ["stars", "4"],
      ["group", "food"],
      ["district", "Krông Năng"],
    ])
  })

  it("asks once for suggestions after the shopper stops typing, and lists them as options", async () => {
    const asked: string[] = []
    const box = renderBox(asked)
    vi.useFakeTimers({ shouldAdvanceTime: true })
    for (const text of ["m", "ma", "mat", "mat ", "mat o"]) fireEvent.change(box, { target: { value: text } })
    await act(async () => {
      vi.advanceTimersByTime(200)
    })
    vi.useRealTimers()
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3))
    expect(asked).toEqual(["mat o"])
    expect(box.getAttribute("aria-expanded")).toBe("true")
    expect(box.getAttribute("aria-autocomplete")).toBe("list")
    expect(screen.getByRole("listbox", { name: "Gợi ý tìm kiếm" }).id).toBe(box.getAttribute("aria-controls"))
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Mật ong hoa cà phê Ea ÔHTX Nuôi ong mật Ea Ô",
      "Mật ong rừng Cư San",
      "“mat o” trong Thực phẩm5 sản phẩm",
    ])
  })

  it("moves through the options with the arrow keys, opens the chosen one with Enter, closes with Escape", async () => {
    const box = renderBox()
    fireEvent.change(box, { target: { value: "mat o" } })
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3))
    fireEvent.keyDown(box, { key: "ArrowDown" })
    fireEvent.keyDown(box, { key: "ArrowDown" })
    const second = screen.getAllByRole("option")[1]
    expect(box.getAttribute("aria-activedescendant")).toBe(second.id)
    expect(second.getAttribute("aria-selected")).toBe("true")
    fireEvent.keyDown(box, { key: "ArrowUp" })
    fireEvent.keyDown(box, { key: "ArrowUp" })
    expect(box.getAttribute("aria-activedescendant")).toBeNull()

    fireEvent.keyDown(box, { key: "Escape" })
    expect(box.getAttribute("aria-expanded")).toBe("false")
    expect((box as HTMLInputElement).value).toBe("mat o")
    fireEvent.keyDown(box, { key: "Escape" })
    expect((box as HTMLInputElement).value).toBe("")

    fireEvent.change(box, { target: { value: "mat o" } })
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3))
    fireEvent.keyDown(box, { key: "ArrowDown" })
    fireEvent.keyDown(box, { key: "Enter" })
    await screen.findByText("product page")
  })
})
