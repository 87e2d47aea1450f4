/**
 * The checkout's steps, in order, and which one a shopper may be on: a step opens once every step before it
 * is done, so a bookmarked "review" with no delivery chosen goes back to the delivery. The way to receive the
 * order comes before the address, because a pickup at a sales point needs none: its address step is skipped.
 * The slug (`?buoc=`) is the same in both languages (decision 010).
 */
export const STEPS = [
  { key: "contact", slug: "lien-he" },
  { key: "delivery", slug: "giao-hang" },
  { key: "address", slug: "dia-chi" },
  { key: "payment", slug: "thanh-toan" },
  { key: "review", slug: "xac-nhan" },
] as const

export type StepKey = (typeof STEPS)[number]["key"]
export type Step = (typeof STEPS)[number]

export type Progress = {
  email: string | null
  phone: string | null
  province: string | null
  ward: string | null
  street: string | null
  /** "home", "pickup", or null before the shopper chose (the cart's `metadata.ocop_delivery`). */
  delivery: "home" | "pickup" | null
  shippingOptionId: string | null
  /** Whether the cart's shipping method is a pickup at a sales point. */
  shippingIsPickup: boolean
  paymentProviderId: string | null
}

/** The steps this cart goes through: a pickup skips the address. */
export function stepsFor(progress: Pick<Progress, "delivery">): Step[] {
  return STEPS.filter((step) => step.key !== "address" || progress.delivery !== "pickup")
}

function isDone(step: StepKey, progress: Progress): boolean {
  switch (step) {
    case "contact":
      return !!progress.email && !!progress.phone
    case "delivery":
      return progress.delivery === "home" || (progress.delivery === "pickup" && !!progress.shippingOptionId && progress.shippingIsPickup)
    case "address":
      // Home delivery: the address, and the delivery priced for its province chosen after it.
      return !!progress.province && !!progress.ward && !!progress.street && !!progress.shippingOptionId && !progress.shippingIsPickup
    case "payment":
      return !!progress.paymentProviderId
    case "review":
      return false
  }
}

/** How many of the cart's steps are done, counted from the first: a later step done before an earlier one does not count. */
export function stepsDone(progress: Progress): number {
  const steps = stepsFor(progress)
  const firstOpen = steps.findIndex((step) => !isDone(step.key, progress))
  return firstOpen === -1 ? steps.length : firstOpen
}

/**
 * The step to show for `?buoc=<slug>`: the one asked for when it is open, otherwise (none asked, or one not
 * open yet, or the address of a pickup) the first not done, and `redirect` says the URL should name it, so every
 * step has its own URL.
 */
export function stepToShow(slug: string | null, progress: Progress): { step: StepKey; redirect: boolean } {
  const steps = stepsFor(progress)
  const open = Math.min(stepsDone(progress), steps.length - 1)
  const asked = steps.findIndex((step) => step.slug === slug)
  if (asked !== -1 && asked <= open) return { step: steps[asked]!.key, redirect: false }
  return { step: steps[open]!.key, redirect: true }
}

export function slugOf(step: StepKey): string {
  return STEPS.find((s) => s.key === step)!.slug
}

export function nextStep(step: StepKey, progress: Pick<Progress, "delivery">): StepKey {
  const steps = stepsFor(progress)
  const index = steps.findIndex((s) => s.key === step)
  return steps[Math.min(index + 1, steps.length - 1)]!.key
}

/**
 * The backend writes its refusals in both languages, "Vietnamese / English" (the plugin's errors): the part
 * for the page's language, or the whole message when it has one language only (Medusa's own).
 */
export function messageIn(locale: "vi" | "en", message: string): string {
  const split = message.indexOf(" / ")
  if (split === -1) return message
  return locale === "vi" ? message.slice(0, split) : message.slice(split + 3)
}
