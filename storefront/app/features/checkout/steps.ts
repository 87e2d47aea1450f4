/**
 * The checkout's steps, in order, and which one a shopper may be on: a step opens once every step before it
 * is done, so a bookmarked "review" with an empty address goes back to the address. The slug (`?buoc=`) is the
 * same in both languages (decision 010).
 */
export const STEPS = [
  { key: "contact", slug: "lien-he" },
  { key: "address", slug: "dia-chi" },
  { key: "delivery", slug: "giao-hang" },
  { key: "payment", slug: "thanh-toan" },
  { key: "review", slug: "xac-nhan" },
] as const

export type StepKey = (typeof STEPS)[number]["key"]

export type Progress = {
  email: string | null
  phone: string | null
  province: string | null
  ward: string | null
  street: string | null
  shippingOptionId: string | null
  paymentProviderId: string | null
}

/** How many steps are done, counted from the first: a later step done before an earlier one does not count. */
export function stepsDone(progress: Progress): number {
  const done = [
    !!progress.email && !!progress.phone,
    !!progress.province && !!progress.ward && !!progress.street,
    !!progress.shippingOptionId,
    !!progress.paymentProviderId,
  ]
  const firstOpen = done.indexOf(false)
  return firstOpen === -1 ? done.length : firstOpen
}

/**
 * The step to show for `?buoc=<slug>`: the one asked for when it is open, otherwise (none asked, or one not
 * open yet) the first not done, and `redirect` says the URL should name it, so every step has its own URL.
 */
export function stepToShow(slug: string | null, progress: Progress): { step: StepKey; redirect: boolean } {
  const open = stepsDone(progress)
  const asked = STEPS.findIndex((step) => step.slug === slug)
  if (asked !== -1 && asked <= open) return { step: STEPS[asked]!.key, redirect: false }
  return { step: STEPS[open]!.key, redirect: true }
}

export function slugOf(step: StepKey): string {
  return STEPS.find((s) => s.key === step)!.slug
}

export function nextStep(step: StepKey): StepKey {
  const index = STEPS.findIndex((s) => s.key === step)
  return STEPS[Math.min(index + 1, STEPS.length - 1)]!.key
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
