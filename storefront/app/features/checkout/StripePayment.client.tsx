/**
 * Card payment with Stripe's Payment Element, for the review step when the shopper chose a card: Stripe
 * confirms the PaymentIntent that Medusa's Stripe provider created (its client secret came with the cart's
 * payment session), then the review form is submitted and Medusa completes the cart, authorising that
 * PaymentIntent. Loaded only in the browser and only on this step, so no other page carries Stripe's code.
 * A card that needs 3-D Secure comes back to this step (`return_url`), where "Place order" completes it.
 */
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { useSubmit } from "@remix-run/react"
import { useCheckoutTranslation } from "./strings"

const stripes = new Map<string, Promise<Stripe | null>>()

function stripeFor(publishableKey: string) {
  if (!stripes.has(publishableKey)) stripes.set(publishableKey, loadStripe(publishableKey))
  return stripes.get(publishableKey)!
}

export default function StripePayment({
  publishableKey,
  clientSecret,
  locale,
  label,
}: {
  publishableKey: string
  clientSecret: string
  locale: "vi" | "en"
  label: string
}) {
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ clientSecret, locale }}>
      <CardForm label={label} />
    </Elements>
  )
}

function CardForm({ label }: { label: string }) {
  const { t } = useCheckoutTranslation()
  const stripe = useStripe()
  const elements = useElements()
  const submit = useSubmit()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setError(null)
    const { error: refused } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: window.location.href },
    })
    if (refused) {
      // Stripe's own words for the common refusals, in the page's language; anything else as Stripe says it.
      setError(t(`checkout.errors.cardCodes.${refused.code}`, { defaultValue: refused.message ?? t("checkout.errors.card") }))
      setBusy(false)
      return
    }
    submit({ intent: "complete" }, { method: "post" })
  }

  return (
    <form onSubmit={pay} className="mt-4 space-y-3">
      <p className="text-sm font-semibold text-stone-800">{t("checkout.payment.card")}</p>
      <PaymentElement />
      {error && (
        <p role="alert" className="text-sm font-semibold text-label-red">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={!stripe || busy}
        className="h-12 w-full rounded-lg bg-ocop-800 px-8 text-base font-bold text-white hover:bg-ocop-900 disabled:bg-stone-400"
      >
        {busy ? t("checkout.saving") : label}
      </button>
    </form>
  )
}
