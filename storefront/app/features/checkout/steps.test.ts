import { describe, expect, it } from "vitest"
import { messageIn, stepsDone, stepToShow, type Progress } from "./steps"

const empty: Progress = {
  email: null,
  phone: null,
  province: null,
  ward: null,
  street: null,
  shippingOptionId: null,
  paymentProviderId: null,
}
const contact = { ...empty, email: "lan@example.vn", phone: "+84905123456" }
const address = { ...contact, province: "66", ward: "24133", street: "12 Lê Duẩn" }
const all = { ...address, shippingOptionId: "so_1", paymentProviderId: "pp_system_default" }

describe("the checkout's steps", () => {
  it("counts the steps done from the first", () => {
    expect(stepsDone(empty)).toBe(0)
    expect(stepsDone(contact)).toBe(1)
    expect(stepsDone(address)).toBe(2)
    expect(stepsDone(all)).toBe(4)
    // A delivery chosen before the address (an address changed meanwhile) does not open the later steps.
    expect(stepsDone({ ...contact, shippingOptionId: "so_1", paymentProviderId: "pp" })).toBe(1)
  })

  it("starts at the contact step, named in the URL", () => {
    expect(stepToShow(null, empty)).toEqual({ step: "contact", redirect: true })
    expect(stepToShow("lien-he", empty)).toEqual({ step: "contact", redirect: false })
  })

  it("shows a step that is open, and an earlier one to change it", () => {
    expect(stepToShow("dia-chi", contact)).toEqual({ step: "address", redirect: false })
    expect(stepToShow("lien-he", all)).toEqual({ step: "contact", redirect: false })
    expect(stepToShow("xac-nhan", all)).toEqual({ step: "review", redirect: false })
  })

  it("sends a step not yet open, or an unknown one, to the first step not done", () => {
    expect(stepToShow("xac-nhan", contact)).toEqual({ step: "address", redirect: true })
    expect(stepToShow("giao-hang", empty)).toEqual({ step: "contact", redirect: true })
    expect(stepToShow("nonsense", address)).toEqual({ step: "delivery", redirect: true })
    expect(stepToShow(null, all)).toEqual({ step: "review", redirect: true })
  })
})

describe("the backend's two-language messages", () => {
  const message = 'Hết hàng: "Cà phê" chỉ còn 0 / out of stock: only 0 of "Cà phê" left in inventory'
  it("keep the page's language", () => {
    expect(messageIn("vi", message)).toBe('Hết hàng: "Cà phê" chỉ còn 0')
    expect(messageIn("en", message)).toBe('out of stock: only 0 of "Cà phê" left in inventory')
  })
  it("are shown whole when they have one language only", () => {
    expect(messageIn("vi", "Cart is empty")).toBe("Cart is empty")
  })
})
