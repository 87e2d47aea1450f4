// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { cityKiosks, marketKiosk } from "~/test/fixtures"
import { renderPage } from "~/test/render"
import { WhereToBuy } from "./WhereToBuy"

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function stubLocation(position: { latitude: number; longitude: number } | "denied") {
  vi.stubGlobal("navigator", {
    ...navigator,
    geolocation: {
      getCurrentPosition: (success: PositionCallback, failure: PositionErrorCallback) =>
        position === "denied"
          ? failure({ code: 1 } as GeolocationPositionError)
          : success({ coords: position } as GeolocationPosition),
    },
  })
}

const headings = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)

describe("WhereToBuy", () => {
  it("lists the sales points in the API's order until the shopper asks for the nearest", async () => {
    // Standing in Quảng Phú: its market kiosk is nearer than the city's.
    stubLocation({ latitude: 12.81, longitude: 108.08 })
    renderPage(<WhereToBuy salesPoints={[cityKiosks, marketKiosk]} />)
    expect(headings()).toEqual([cityKiosks.name, marketKiosk.name])
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Xếp điểm gần tôi lên trước" })))
    expect(headings()).toEqual([marketKiosk.name, cityKiosks.name])
    expect(screen.getByRole("status").textContent).toBe("Đã xếp theo khoảng cách từ vị trí của bạn.")
    expect(screen.getByText("cách 480 m")).toBeTruthy()
    expect(screen.getByText(/^cách 14,6 km$/)).toBeTruthy()
  })

  it("keeps the order and says so when the location is refused", async () => {
    stubLocation("denied")
    renderPage(<WhereToBuy salesPoints={[cityKiosks, marketKiosk]} />)
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Xếp điểm gần tôi lên trước" })))
    expect(headings()).toEqual([cityKiosks.name, marketKiosk.name])
    expect(screen.getByRole("status").textContent).toBe("Không lấy được vị trí; danh sách giữ nguyên thứ tự.")
  })

  it("gives each point a directions link and a phone link", () => {
    renderPage(<WhereToBuy salesPoints={[marketKiosk]} />)
    expect(screen.getByRole("link", { name: `Chỉ đường đến ${marketKiosk.name}` }).getAttribute("href")).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=12.8136,108.0776"
    )
    expect(screen.getByRole("link", { name: marketKiosk.phone }).getAttribute("href")).toBe("tel:+84914306582")
  })
})
