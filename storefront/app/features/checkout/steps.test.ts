import { describe, expect, it } from "vitest"
import { messageIn, stepsDone, stepsFor, stepToShow, type Progress } from "./steps"

const empty: Progress = {
  email: null,
  phone: null,
  province: null,
  ward: null,
  street: null,
  delivery: null,
  shippingOptionId: null,
  shippingIsPickup: false,
  paymentProviderId: null,
}
const contact = { ...empty, email: "lan@example.vn", phone: "+84905123456" }
const home = { ...contact, delivery: "home" as const }
const address = { ...home, province: "66", ward: "24133", street: "12 Lê Duẩn", shippingOptionId: "so_home" }
const all = { ...address, paymentProviderId: "pp_system_default" }
const pickup = { ...contact, delivery: "pickup" as const, shippingOptionId: "so_kiosk", shippingIsPickup: true }

describe("the checkout's steps", () => {
  it("counts the steps done from the first: contact, delivery, address, payment", () => {
    expect(stepsDone(empty)).toBe(0)
    expect(stepsDone(contact)).toBe(1)
    expect(stepsDone(home)).toBe(2)
    expect(stepsDone(address)).toBe(3)
    expect(stepsDone(all)).toBe(4)
    // An address without the delivery priced for it (a pickup method left from before) does not open payment.
    expect(stepsDone({ ...address, shippingIsPickup: true, paymentProviderId: "pp" })).toBe(2)
  })

  it("skips the address for a pickup at a sales point: it needs none", () => {
    expect(stepsFor(pickup).map((step) => step.key)).toEqual(["contact", "delivery", "payment", "review"])
    expect(stepsDone(pickup)).toBe(2)
    expect(stepToShow(null, pickup)).toEqual({ step: "payment", redirect: true })
    expect(stepToShow("dia-chi", pickup)).toEqual({ step: "payment", redirect: true })
    expect(stepToShow("xac-nhan", { ...pickup, paymentProviderId: "pp_system_default" })).toEqual({ step: "review", redirect: false })
    // Chosen, but the pickup's method not written yet: the delivery step again.
    expect(stepsDone({ ...pickup, shippingOptionId: null })).toBe(1)
  })

  it("starts at the contact step, named in the URL", () => {
    expect(stepToShow(null, empty)).toEqual({ step: "contact", redirect: true })
    expect(stepToShow("lien-he", empty)).toEqual({ step: "contact", redirect: false })
  })

  it("shows a step that is open, and an earlier one to change it", () => {
    expect(stepToShow("giao-hang", contact)).toEqual({ step: "delivery", redirect: false })
    expect(stepToShow("dia-chi", home)).toEqual({ step: "address", redirect: false })
    expect(stepToShow("lien-he", all)).toEqual({ step: "contact", redirect: false })
    expect(stepToShow("xac-nhan", all)).toEqual({ step: "review", redirect: false })
  })

  it("sends a step not yet open, or an unknown one, to the first step not done", () => {
    expect(stepToShow("xac-nhan", contact)).toEqual({ step: "delivery", redirect: true })
    expect(stepToShow("giao-hang", empty)).toEqual({ step: "contact", redirect: true })
    expect(stepToShow("nonsense", home)).toEqual({ step: "address", redirect: true })
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
