// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing"
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react"
import { I18nextProvider } from "react-i18next"
import { afterEach, describe, expect, it } from "vitest"
import { createHydrationI18n } from "~/i18n/hydration-i18n"
import vi from "~/i18n/locales/vi"
import { groundCoffeeDetail } from "~/test/fixtures"
import { renderPage } from "~/test/render"
import { AddToCart } from "./AddToCart"

afterEach(cleanup)

const [pack250] = groundCoffeeDetail.variants
const quantityBox = () => screen.getByLabelText(/^Số lượng$|^Quantity$/) as HTMLInputElement

describe("AddToCart", () => {
  it("says how many are left of the chosen pack and lets no more be asked for", () => {
    renderPage(<AddToCart variants={[{ ...pack250!, available: 3 }]} />, "/san-pham/ca-phe")
    expect(screen.getByTestId("stock-left").textContent).toBe("Còn 3")
    expect(quantityBox().max).toBe("3")
  })

  it("says it in English on the English page", () => {
    renderPage(<AddToCart variants={[{ ...pack250!, available: 3 }]} />, "/en/san-pham/ca-phe")
    expect(screen.getByTestId("stock-left").textContent).toBe("3 left")
  })

  it("answers 60 asked of 40 left with how many are left, beside the button, and brings the quantity down to 40", async () => {
    const Stub = createRemixStub([
      {
        path: "/san-pham/ca-phe",
        Component: () => <AddToCart variants={[{ ...pack250!, available: 40 }]} />,
        action: () => ({ ok: false, error: "stock", available: 40 }),
      },
    ])
    render(
      <I18nextProvider i18n={createHydrationI18n("vi", vi)}>
        <Stub initialEntries={["/san-pham/ca-phe"]} />
      </I18nextProvider>
    )
    fireEvent.change(quantityBox(), { target: { value: "60" } })
    await act(async () => fireEvent.submit(quantityBox().form!))
    expect((await screen.findByRole("status")).textContent).toContain("Chỉ còn 40 sản phẩm")
    expect(quantityBox().value).toBe("40")
  })
})
