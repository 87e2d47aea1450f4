// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing"
import { cleanup, render, screen } from "@testing-library/react"
import { I18nextProvider } from "react-i18next"
import { afterEach, describe, expect, it } from "vitest"
import { createHydrationI18n } from "~/i18n/hydration-i18n"
import vi from "~/i18n/locales/vi"
import Cart from "./($lang).gio-hang"

afterEach(cleanup)

const line = (id: string, title: string) => ({
  id,
  title: "Gói 250 g",
  product_title: title,
  product_handle: id,
  variant_id: `variant_${id}`,
  variant_title: "Gói 250 g",
  quantity: 2,
  unit_price: 95000,
  total: 190000,
  thumbnail: null,
})

function renderCart(lapsed: string[], canCheckout: boolean, discount: { code: string; amount: number } | null = null) {
  const Stub = createRemixStub([
    {
      path: "/gio-hang",
      Component: Cart,
      loader: () => ({
        cart: {
          id: "cart_1",
          items: [line("cali_a", "Cà phê rang xay"), line("cali_b", "Trà shan tuyết")],
          total: 380000,
          item_total: 380000 - (discount?.amount ?? 0),
          original_item_total: 380000,
          discounts: discount ? [discount] : [],
          item_count: 4,
        },
        lapsed,
        canCheckout,
        added: false,
        title: "Giỏ hàng",
      }),
    },
  ])
  return render(
    <I18nextProvider i18n={createHydrationI18n("vi", vi)}>
      <Stub initialEntries={["/gio-hang"]} />
    </I18nextProvider>
  )
}

describe("the cart page", () => {
  it("flags the line whose product lost its certification, and checkout is not a link", async () => {
    renderCart(["cali_b"], false)
    const lines = await screen.findAllByTestId("cart-line")
    expect(lines).toHaveLength(2)
    expect(lines[0]!.textContent).not.toContain("không còn chứng nhận")
    expect(lines[1]!.textContent).toContain("không còn chứng nhận OCOP hiệu lực")
    expect(screen.getByText(/hãy xoá sản phẩm đó trước khi thanh toán/)).toBeTruthy()
    expect(screen.queryByRole("link", { name: "Tiến hành thanh toán" })).toBeNull()
    expect(screen.getByText("Tiến hành thanh toán").getAttribute("aria-disabled")).toBe("true")
    // The flagged line can still be removed.
    expect(screen.getByRole("button", { name: "Xoá Trà shan tuyết khỏi giỏ" })).toBeTruthy()
  })

  it("links to checkout when every product is on sale, with each line's total in VND", async () => {
    renderCart([], true)
    const link = await screen.findByRole("link", { name: "Tiến hành thanh toán" })
    expect(link.getAttribute("href")).toBe("/thanh-toan")
    expect(screen.getAllByTestId("line-total").map((cell) => cell.textContent)).toEqual(["190.000\u00a0₫", "190.000\u00a0₫"])
    expect(screen.getByTestId("cart-subtotal").textContent).toBe("380.000\u00a0₫")
  })

  it("shows the promo code on the cart with a button that takes it off, and its discount as a line of its own", async () => {
    renderCart([], true, { code: "TET2027", amount: 38_000 })
    expect(await screen.findByRole("button", { name: "Bỏ mã TET2027" })).toBeTruthy()
    expect(screen.getByTestId("discount-line").textContent).toBe("Giảm giá (TET2027)−38.000\u00a0₫")
    expect(screen.getByTestId("cart-subtotal").textContent).toBe("342.000\u00a0₫")
    expect(screen.getByLabelText("Mã khuyến mãi")).toBeTruthy()
  })
})
