import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData } from "@remix-run/react"
import { optionalCustomer } from "~/features/account/customer.server"
import { checkCart } from "~/features/cart/cart.server"
import { PromoCodeBox } from "~/features/cart/PromoCode"
import type { PromoActionResult } from "~/features/cart/promo"
import { promoAction } from "~/features/cart/promo.server"
import {
  chooseDelivery,
  chooseShipping,
  choosePayment,
  completeCart,
  homeDeliveryOptions,
  isClientError,
  paymentMethods,
  progressOf,
  readCheckoutCart,
  saveAddress,
  saveContact,
  type CheckoutCart,
} from "~/features/checkout/checkout.server"
import { OrderSummary, StepNav } from "~/features/checkout/CheckoutLayout"
import {
  AddressStep,
  ContactStep,
  DeliveryStep,
  PaymentStep,
  ReviewStep,
  type CheckoutActionData,
} from "~/features/checkout/CheckoutSteps"
import { addressSchema, contactSchema, deliverySchema, fieldErrors, paymentSchema, provinceSchema } from "~/features/checkout/schemas"
import { messageIn, slugOf, stepsDone, stepsFor, stepToShow, type StepKey } from "~/features/checkout/steps"
import { useCheckoutTranslation } from "~/features/checkout/strings"
import { orderAccessForCart, rememberOrderCookie } from "~/features/order/order-access.server"
import { localizePath, type Locale } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { forgetCartCookie } from "~/lib/cart-cookie.server"
import { formValues } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { joinFullName } from "~/lib/names"
import { methodOf } from "~/lib/payment-methods"
import { listProvinces, listWards } from "~/lib/places.server"
import { namedIn } from "~/lib/variant-names.server"
import { byName, findWard, wardsLike } from "~/lib/wards"

/**
 * Checkout in steps at `/thanh-toan?buoc=…` (contact, address, delivery, payment, review), each a form posted
 * to this route's action: it works without JavaScript, and with it Remix submits in place. A step opens once
 * the steps before it are done (steps.ts). Personal: never cached, never indexed.
 */
const PRIVATE = { "Cache-Control": "private, no-store" }

function stepUrl(locale: Locale, step: StepKey) {
  return `${localizePath("/thanh-toan", locale)}?buoc=${slugOf(step)}`
}

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [cart, t] = await Promise.all([readCheckoutCart(request), translatorFor(locale)])
  if (!cart || cart.items.length === 0) throw redirect(localizePath("/gio-hang", locale))
  const check = await checkCart(cart.id, locale)
  // A product that lost its certification: the cart page says which, and checkout waits.
  if (!check.can_complete) throw redirect(localizePath("/gio-hang", locale))
  const progress = progressOf(cart)
  const { step, redirect: moveTo } = stepToShow(new URL(request.url).searchParams.get("buoc"), progress)
  if (moveTo) throw redirect(stepUrl(locale, step))

  const pickupPoints = check.pickup_points
  const [provinces, wards, home, methods, customer] = await Promise.all([
    step === "address" || step === "review" ? listProvinces() : null,
    step === "address" && cart.address.province ? listWards(cart.address.province) : null,
    // With an address already given (a shopper back at this step), home delivery's price for it.
    step === "delivery" && cart.address.province ? homeDeliveryOptions(cart.id).catch(() => []) : null,
    step === "payment" ? paymentMethods(cart.region_id) : null,
    // A logged-in customer starts with their own name, phone and e-mail filled in.
    step === "contact" ? optionalCustomer(request).catch(() => null) : null,
  ])
  const pickup = pickupPoints.find((point) => point.shipping_option_id === cart.shipping?.option_id) ?? null
  const items = await namedIn(locale, cart.items)
  return data(
    {
      step,
      steps: stepsFor(progress).map((entry) => entry.key),
      done: stepsDone(progress),
      cart: {
        email: cart.email ?? customer?.email ?? null,
        address: {
          ...cart.address,
          name: cart.address.name ?? (customer ? joinFullName(customer) || null : null),
          phone: cart.address.phone ?? customer?.phone ?? null,
        },
        items,
        item_total: cart.item_total,
        original_item_total: cart.original_item_total,
        discounts: cart.discounts,
        shipping_total: cart.shipping_total,
        total: cart.total,
        shipping: cart.shipping ? { ...cart.shipping, pickup: progress.shippingIsPickup ? (pickup?.sales_point ?? null) : null } : null,
        delivery: cart.delivery,
        payment: methodOf(cart.payment_provider_id),
      },
      // By name, as a shopper looks for hers.
      provinces: byName(provinces ?? []),
      provinceName: provinces?.find((p) => p.code === cart.address.province)?.name ?? null,
      wards: byName(wards ?? []),
      home: home ?? [],
      pickupPoints: step === "delivery" ? pickupPoints : [],
      methods: methods ?? [],
      stripe:
        step === "review" && cart.stripe_client_secret && process.env.STRIPE_PUBLISHABLE_KEY
          ? { publishableKey: process.env.STRIPE_PUBLISHABLE_KEY, clientSecret: cart.stripe_client_secret }
          : null,
      title: `${t("checkout.title")} · ${t("site.name")}`,
    },
    { headers: PRIVATE }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const values = formValues(await request.formData())
  const cart = await readCheckoutCart(request)
  if (!cart || cart.items.length === 0) throw redirect(localizePath("/gio-hang", locale))
  const invalid = (step: StepKey, errors: Record<string, string | undefined>, extra: Partial<CheckoutActionData> = {}) =>
    data<CheckoutActionData>({ step, errors, values: withoutSecrets(values), ...extra }, { status: 400, headers: PRIVATE })
  try {
    switch (values.intent) {
      case "contact": {
        const parsed = contactSchema.safeParse(values)
        if (!parsed.success) return invalid("contact", fieldErrors(parsed.error))
        await saveContact(cart, parsed.data)
        return redirect(stepUrl(locale, "address"))
      }
      case "province": {
        // Without JavaScript: the chosen province's wards, the other fields kept as typed.
        const parsed = provinceSchema.safeParse(values)
        const wards = parsed.success ? await listWards(parsed.data.province) : null
        if (!wards) return invalid("address", { province: "province" })
        return data<CheckoutActionData>({ step: "address", errors: {}, values, wards: byName(wards) }, { headers: PRIVATE })
      }
      case "address": {
        const parsed = addressSchema.safeParse(values)
        const typedWards = /^\d{2}$/.test(values.province ?? "") ? await listWards(values.province!) : null
        if (!parsed.success) return invalid("address", fieldErrors(parsed.error), { wards: byName(typedWards ?? []) })
        if (!typedWards) return invalid("address", { province: "province" })
        const ward = findWard(typedWards, parsed.data.ward)
        if (!ward) {
          const like = wardsLike(typedWards, parsed.data.ward)
          return invalid("address", { ward: "ward" }, { wards: byName(typedWards), like: like.map((w) => w.name) })
        }
        await saveAddress(cart, { province: parsed.data.province, ward, street: parsed.data.street })
        // Home delivery, priced for the province just given: Medusa offers that one option.
        const [home] = await homeDeliveryOptions(cart.id)
        if (!home) return invalid("address", { form: "noDelivery" }, { wards: byName(typedWards) })
        await chooseShipping(cart.id, home.id)
        return redirect(stepUrl(locale, "payment"))
      }
      case "delivery": {
        const parsed = deliverySchema.safeParse(values)
        if (!parsed.success) return invalid("delivery", fieldErrors(parsed.error))
        if (parsed.data.option_id === "home") {
          await chooseDelivery(cart.id, { home: true })
          return redirect(stepUrl(locale, "address"))
        }
        const check = await checkCart(cart.id, locale)
        if (!check.pickup_points.some((p) => p.shipping_option_id === parsed.data.option_id)) {
          return invalid("delivery", { option_id: "option" })
        }
        await chooseDelivery(cart.id, { pickupOptionId: parsed.data.option_id })
        return redirect(stepUrl(locale, "payment"))
      }
      case "payment": {
        const parsed = paymentSchema.safeParse(values)
        if (!parsed.success || !(await paymentMethods(cart.region_id)).includes(parsed.data.method)) {
          return invalid("payment", { method: "method" })
        }
        await choosePayment(cart, parsed.data.method)
        return redirect(stepUrl(locale, "review"))
      }
      case "promo-apply":
      case "promo-remove": {
        // The review step's promo box. A new total makes Medusa drop the cart's payment session (it was for the
        // old amount): the same way to pay is asked for again, so the shopper stays on the review step.
        const answer = await promoAction(request, values)
        const method = methodOf(cart.payment_provider_id)
        if (answer.init?.status === undefined || answer.init.status < 400) {
          const fresh = method ? await readCheckoutCart(request) : null
          if (fresh && method && !fresh.payment_provider_id) await choosePayment(fresh, method)
        }
        return answer
      }
      case "complete": {
        const { step } = stepToShow("xac-nhan", progressOf(cart))
        if (step !== "review") throw redirect(stepUrl(locale, step))
        const completion = await completeCart(cart.id)
        if (!completion.ok) return invalid("review", { form: "complete" }, { message: messageIn(locale, completion.message) })
        // The order's token stays with this browser: it opens the order page here and nowhere else.
        const headers = new Headers({ "Set-Cookie": await forgetCartCookie() })
        const token = await orderAccessForCart(cart.id)
        if (token) headers.append("Set-Cookie", await rememberOrderCookie(request, completion.orderId, token))
        return redirect(localizePath(`/don-hang/${completion.orderId}`, locale), { headers })
      }
      default:
        return invalid(currentStep(cart), { form: "unknown" })
    }
  } catch (error) {
    if (error instanceof Response) throw error
    // The backend's own checks (a phone or ward it refuses, a pickup point that no longer carries an item):
    // shown on the step, in the page's language.
    if (isClientError(error)) {
      return invalid(stepOfIntent(values.intent) ?? currentStep(cart), { form: "backend" }, { message: messageIn(locale, error.message) })
    }
    console.error("Checkout step failed:", error)
    return invalid(stepOfIntent(values.intent) ?? currentStep(cart), { form: "unavailable" })
  }
}

function stepOfIntent(intent: string | undefined): StepKey | null {
  if (intent === "province") return "address"
  if (intent === "complete") return "review"
  return (["contact", "address", "delivery", "payment"] as const).find((step) => step === intent) ?? null
}

function currentStep(cart: CheckoutCart): StepKey {
  return stepToShow(null, progressOf(cart)).step
}

/** Nothing posted is secret here, but keep the echo to the fields the forms have. */
function withoutSecrets(values: Record<string, string>) {
  const { email, name, phone, province, ward, street, option_id, method } = values
  return Object.fromEntries(
    Object.entries({ email, name, phone, province, ward, street, option_id, method }).filter(([, v]) => v !== undefined)
  ) as Record<string, string>
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function Checkout() {
  const loaded = useLoaderData<typeof loader>()
  const answer = useActionData<CheckoutActionData | PromoActionResult>()
  const posted = answer && !("promo" in answer) ? answer : undefined
  const promo = answer && "promo" in answer ? answer.promo : undefined
  const { t } = useCheckoutTranslation()
  // An answer to an earlier step's form (after "back") does not belong on this one.
  const action = posted && posted.step === loaded.step ? posted : undefined
  return (
    <div className="mx-auto max-w-5xl px-4 py-5 sm:py-8">
      <h1 className="text-2xl font-bold text-ocop-900">{t("checkout.title")}</h1>
      <StepNav steps={loaded.steps} current={loaded.step} done={loaded.done} />
      <div className="mt-4 grid gap-6 md:grid-cols-[1fr_20rem]">
        <div className="md:order-last">
          <OrderSummary cart={loaded.cart} />
        </div>
        <section aria-labelledby="step-heading" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
          {loaded.step === "contact" && <ContactStep cart={loaded.cart} action={action} />}
          {loaded.step === "address" && (
            <AddressStep cart={loaded.cart} provinces={loaded.provinces} wards={loaded.wards} action={action} />
          )}
          {loaded.step === "delivery" && (
            <DeliveryStep cart={loaded.cart} home={loaded.home} pickupPoints={loaded.pickupPoints} action={action} />
          )}
          {loaded.step === "payment" && <PaymentStep cart={loaded.cart} methods={loaded.methods} action={action} />}
          {loaded.step === "review" && (
            <ReviewStep
              cart={loaded.cart}
              provinceName={loaded.provinceName}
              stripe={loaded.stripe}
              action={action}
              promo={<PromoCodeBox discounts={loaded.cart.discounts} posted={promo} />}
            />
          )}
        </section>
      </div>
    </div>
  )
}
