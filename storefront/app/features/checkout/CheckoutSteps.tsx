import { Form, Link, useFetcher, useNavigation, useSearchParams } from "@remix-run/react"
import { lazy, Suspense, useState, type ReactNode } from "react"
import { useVnd } from "~/components/Price"
import { EMAIL_INPUT, Field, FieldError, Notice, PHONE_INPUT, SelectField, SubmitButton } from "~/components/form"
import { useLocale, useLocalizePath } from "~/i18n/use-locale"
import { formatPhone } from "~/lib/format"
import type { PaymentMethod } from "~/lib/payment-methods"
import { formatShopperPhone } from "~/lib/phone-display"
import type { Province, Ward } from "~/lib/places.server"
import type { SalesPoint } from "~/lib/store-api"
import { useHydrated } from "~/lib/use-hydrated"
import { DiscountList, type CheckoutView } from "./CheckoutLayout"
import type { HomeOption } from "./checkout.server"
import { slugOf, type StepKey } from "./steps"
import { useCheckoutTranslation } from "./strings"

// Stripe's code only for a shopper paying by card, only on the review step, only in the browser.
const StripePayment = lazy(() => import("./StripePayment.client"))

export type CheckoutActionData = {
  step: StepKey
  /** field → key under `checkout.errors` (`form` for the step as a whole) */
  errors: Record<string, string | undefined>
  values: Record<string, string>
  wards?: Ward[]
  /** Wards whose names are close to an unknown one typed: "did you mean". */
  like?: string[]
  /** the backend's own words, in the page's language */
  message?: string
}

type StepProps = { cart: CheckoutView; action?: CheckoutActionData }

function Heading({ children, intro }: { children: ReactNode; intro?: string }) {
  return (
    <div className="mb-4">
      <h2 id="step-heading" className="text-xl font-bold text-stone-900">
        {children}
      </h2>
      {intro && <p className="mt-1 text-sm text-stone-600">{intro}</p>}
    </div>
  )
}

/** The i18n key of a step's error (`phone` → `checkout.errors.phone`). */
const errorKey = (key: string | undefined) => (key ? `checkout.errors.${key}` : undefined)

function FormError({ action }: { action?: CheckoutActionData }) {
  const { t } = useCheckoutTranslation()
  const key = action?.errors.form
  if (!key && !action?.message) return null
  return (
    <div className="mb-4">
      <Notice tone="error">
        {key ? t(`checkout.errors.${key}`) : null}
        {action?.message ? <span className="block font-normal">{action.message}</span> : null}
      </Notice>
    </div>
  )
}

/** "Continue" (or the step's own word) and, from the second step on, a link back. */
function Actions({ intent, back, label }: { intent: string; back?: StepKey; label?: string }) {
  const { t } = useCheckoutTranslation()
  const localize = useLocalizePath()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("intent") === intent
  return (
    <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
      {back ? (
        <Link
          to={`${localize("/thanh-toan")}?buoc=${slugOf(back)}`}
          className="text-center text-sm font-semibold text-ocop-800 underline underline-offset-4"
        >
          ← {t("checkout.back")}
        </Link>
      ) : (
        <Link to={localize("/gio-hang")} className="text-center text-sm font-semibold text-ocop-800 underline underline-offset-4">
          ← {t("checkout.backToCart")}
        </Link>
      )}
      <SubmitButton name="intent" value={intent} busy={busy} busyLabel={t("checkout.saving")}>
        {label ?? t("checkout.next")}
      </SubmitButton>
    </div>
  )
}

export function ContactStep({ cart, action }: StepProps) {
  const { t } = useCheckoutTranslation()
  const values = action?.values ?? {}
  const errors = action?.errors ?? {}
  return (
    <Form method="post" noValidate>
      <Heading intro={t("checkout.contact.intro")}>{t("checkout.step.contact")}</Heading>
      <FormError action={action} />
      <div className="space-y-4">
        <Field
          name="email"
          label={t("checkout.contact.email")}
          {...EMAIL_INPUT}
          required
          defaultValue={values.email ?? cart.email ?? ""}
          error={errorKey(errors.email)}
        />
        <Field
          name="name"
          label={t("checkout.contact.name")}
          autoComplete="name"
          required
          defaultValue={values.name ?? cart.address.name ?? ""}
          error={errorKey(errors.name)}
        />
        <Field
          name="phone"
          label={t("checkout.contact.phone")}
          hint={t("checkout.contact.phoneHint")}
          {...PHONE_INPUT}
          required
          defaultValue={values.phone ?? (cart.address.phone ? formatShopperPhone(cart.address.phone) : "")}
          error={errorKey(errors.phone)}
        />
      </div>
      <Actions intent="contact" />
    </Form>
  )
}

export function AddressStep({
  cart,
  provinces,
  wards: savedWards,
  action,
}: StepProps & { provinces: Province[]; wards: Ward[] }) {
  const { t } = useCheckoutTranslation()
  const hydrated = useHydrated()
  const values = action?.values ?? {}
  const errors = action?.errors ?? {}
  const wardsFetcher = useFetcher<{ wards: Ward[] }>({ key: "checkout-wards" })
  const [province, setProvince] = useState(values.province ?? cart.address.province ?? "")
  const fetched = wardsFetcher.data && wardsFetcher.state === "idle" ? wardsFetcher.data.wards : null
  const wards = fetched ?? action?.wards ?? (province === cart.address.province ? savedWards : [])
  const loadingWards = wardsFetcher.state === "loading"
  const savedWard = province === cart.address.province ? (cart.address.wardName ?? "") : ""
  return (
    <Form method="post" noValidate>
      <Heading intro={t("checkout.address.intro")}>{t("checkout.step.address")}</Heading>
      <FormError action={action} />
      <div className="space-y-4">
        <SelectField
          name="province"
          label={t("checkout.address.province")}
          error={errorKey(errors.province)}
          placeholder={t("checkout.address.chooseProvince")}
          options={provinces}
          autoComplete="address-level1"
          value={province}
          onChange={(event) => {
            const code = event.currentTarget.value
            setProvince(code)
            if (code) wardsFetcher.load(`/api/phuong-xa/${code}`)
          }}
        />
        {!hydrated && (
          <button
            type="submit"
            name="intent"
            value="province"
            className="min-h-10 rounded-lg border border-ocop-800 px-4 py-2 text-sm font-semibold text-ocop-800 hover:bg-ocop-50"
          >
            {t("checkout.address.loadWards")}
          </button>
        )}
        <Field
          // A new list of wards starts a new choice.
          key={`${province}-${wards.length}`}
          name="ward"
          label={t("checkout.address.ward")}
          hint={loadingWards ? t("checkout.address.loadingWards") : wards.length ? t("checkout.address.wardHint") : t("checkout.address.chooseProvinceFirst")}
          error={errorKey(errors.ward)}
          list={wards.length ? "ward-names" : undefined}
          autoComplete="address-level2"
          defaultValue={values.ward ?? savedWard}
          required
        />
        {action?.like?.length ? (
          <p className="-mt-2 text-sm text-stone-700" data-testid="ward-like">
            {t("checkout.address.didYouMean", { names: action.like.join(", ") })}
          </p>
        ) : null}
        {/* Typeable, sorted by name, native in every browser, with or without JavaScript. */}
        <datalist id="ward-names">
          {wards.map((ward) => (
            <option key={ward.code} value={ward.name} />
          ))}
        </datalist>
        <Field
          name="street"
          label={t("checkout.address.street")}
          hint={t("checkout.address.streetHint")}
          autoComplete="street-address"
          required
          defaultValue={values.street ?? cart.address.street ?? ""}
          error={errorKey(errors.street)}
        />
      </div>
      <Actions intent="address" back="delivery" />
    </Form>
  )
}

const radioCard =
  "flex cursor-pointer items-start gap-3 rounded-xl border border-stone-300 bg-white p-3 has-[:checked]:border-ocop-800 has-[:checked]:bg-ocop-50 has-[:checked]:ring-1 has-[:checked]:ring-ocop-800"

export function DeliveryStep({
  cart,
  home,
  pickupPoints,
  action,
}: StepProps & { home: HomeOption[]; pickupPoints: { shipping_option_id: string; sales_point: SalesPoint }[] }) {
  const { t } = useCheckoutTranslation()
  const vnd = useVnd()
  const errors = action?.errors ?? {}
  const chosen =
    action?.values.option_id ?? (cart.delivery === "pickup" && cart.shipping?.pickup ? cart.shipping.option_id : cart.delivery === "home" ? "home" : "")
  const homePrice = home[0]
  return (
    <Form method="post" noValidate>
      <Heading intro={t("checkout.delivery.intro")}>{t("checkout.step.delivery")}</Heading>
      <FormError action={action} />
      <fieldset aria-describedby={errors.option_id ? "option-error" : undefined}>
        <legend className="sr-only">{t("checkout.step.delivery")}</legend>
        <label className={radioCard}>
          <input type="radio" name="option_id" value="home" defaultChecked={chosen === "home" || !chosen} className="mt-1 accent-ocop-800" />
          <span className="flex-1 text-sm">
            <span className="flex justify-between gap-2 font-semibold text-stone-900">
              <span>{t("checkout.delivery.home")}</span>
              {homePrice && <span className="shrink-0">{vnd(homePrice.amount)}</span>}
            </span>
            <span className="block text-stone-600">
              {homePrice?.zone ? t(`checkout.zone.${homePrice.zone}`) : t("checkout.delivery.homeText")}
            </span>
          </span>
        </label>
        <p className="mt-5 text-base font-bold text-stone-900">{t("checkout.delivery.pickup")}</p>
        <p className="mt-1 text-sm text-stone-600">
          {pickupPoints.length ? t("checkout.delivery.pickupIntro") : t("checkout.delivery.noPickup")}
        </p>
        <div className="mt-2 space-y-2">
          {pickupPoints.map(({ shipping_option_id, sales_point: point }) => (
            <label key={shipping_option_id} className={radioCard} data-testid="pickup-point">
              <input
                type="radio"
                name="option_id"
                value={shipping_option_id}
                defaultChecked={shipping_option_id === chosen}
                className="mt-1 accent-ocop-800"
              />
              <span className="flex-1 text-sm">
                <span className="flex justify-between gap-2 font-semibold text-stone-900">
                  <span>{point.name}</span>
                  <span className="shrink-0">{t("checkout.free")}</span>
                </span>
                <span className="block text-stone-700">{point.address}</span>
                <span className="block text-stone-600">
                  {t("checkout.delivery.hours")}: {point.opening_hours}
                </span>
                {point.phone && <span className="block text-stone-600">☎ {formatPhone(point.phone)}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {errors.option_id && <FieldError id="option-error" name="option_id" error={`checkout.errors.${errors.option_id}`} />}
      <Actions intent="delivery" back="contact" />
    </Form>
  )
}

export function PaymentStep({ cart, methods, action }: StepProps & { methods: PaymentMethod[] }) {
  const { t } = useCheckoutTranslation()
  const errors = action?.errors ?? {}
  const hydrated = useHydrated()
  const chosen = action?.values.method ?? cart.payment ?? "cod"
  // A card is entered in Stripe's own form, which needs JavaScript: without it the option is not offered.
  const offered = methods.filter((method) => method !== "stripe" || hydrated)
  return (
    <Form method="post" noValidate>
      <Heading>{t("checkout.step.payment")}</Heading>
      <FormError action={action} />
      <fieldset aria-describedby={errors.method ? "method-error" : undefined}>
        <legend className="sr-only">{t("checkout.step.payment")}</legend>
        <div className="space-y-2">
          {offered.map((method) => (
            <label key={method} className={radioCard}>
              <input type="radio" name="method" value={method} defaultChecked={method === chosen} className="mt-1 accent-ocop-800" />
              <span className="flex-1 text-sm">
                <span className="block font-semibold text-stone-900">{t(`checkout.payment.${method}`)}</span>
                <span className="block text-stone-600">{t(`checkout.payment.${method}Text`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {errors.method && <FieldError id="method-error" name="method" error={`checkout.errors.${errors.method}`} />}
      <Actions intent="payment" back={cart.delivery === "pickup" ? "delivery" : "address"} />
    </Form>
  )
}

function ReviewBlock({ title, step, children }: { title: string; step: StepKey; children: ReactNode }) {
  const { t } = useCheckoutTranslation()
  const localize = useLocalizePath()
  return (
    <div className="flex justify-between gap-3 border-b border-stone-200 py-3 text-sm last:border-0">
      <div className="min-w-0">
        <h3 className="font-bold text-stone-900">{title}</h3>
        <div className="mt-1 text-stone-700">{children}</div>
      </div>
      <Link
        to={`${localize("/thanh-toan")}?buoc=${slugOf(step)}`}
        className="shrink-0 self-start text-sm font-semibold text-ocop-800 underline underline-offset-4"
        aria-label={`${t("checkout.edit")}: ${title}`}
      >
        {t("checkout.edit")}
      </Link>
    </div>
  )
}

export function ReviewStep({
  cart,
  provinceName,
  stripe,
  action,
  promo,
}: StepProps & {
  provinceName: string | null
  stripe: { publishableKey: string; clientSecret: string } | null
  /** The promo-code box, given by the page (it belongs to the cart). */
  promo?: ReactNode
}) {
  const { t } = useCheckoutTranslation()
  const vnd = useVnd()
  const locale = useLocale()
  const hydrated = useHydrated()
  const pickup = cart.shipping?.pickup
  // Back from a card check by the bank (3-D Secure), Stripe has the payment: the order can be placed.
  const [search] = useSearchParams()
  const byCard = cart.payment === "stripe" && stripe !== null && search.get("redirect_status") !== "succeeded"
  return (
    <div>
      <Heading intro={t("checkout.review.intro")}>{t("checkout.step.review")}</Heading>
      <FormError action={action} />
      <ReviewBlock title={t("checkout.step.contact")} step="contact">
        <p>{cart.address.name}</p>
        <p>{cart.email}</p>
        <p>{cart.address.phone && formatShopperPhone(cart.address.phone)}</p>
      </ReviewBlock>
      {!pickup && (
        <ReviewBlock title={t("checkout.step.address")} step="address">
          <p>{[cart.address.street, cart.address.wardName, provinceName].filter(Boolean).join(", ")}</p>
        </ReviewBlock>
      )}
      <ReviewBlock title={t("checkout.step.delivery")} step="delivery">
        {pickup ? (
          <>
            <p className="font-semibold">{t("checkout.review.pickupAt", { name: pickup.name })}</p>
            <p>{pickup.address}</p>
            <p>
              {t("checkout.delivery.hours")}: {pickup.opening_hours}
            </p>
          </>
        ) : (
          <p>
            {t("checkout.delivery.home")} · {cart.shipping ? vnd(cart.shipping.amount) : ""}
          </p>
        )}
      </ReviewBlock>
      <ReviewBlock title={t("checkout.step.payment")} step="payment">
        <p>{cart.payment ? t(`checkout.payment.${cart.payment}`) : ""}</p>
      </ReviewBlock>
      {promo && <div className="mt-4 border-t border-stone-200 pt-4">{promo}</div>}
      {cart.discounts.some((d) => d.amount > 0) && (
        <dl className="mt-4 space-y-1 text-sm">
          <DiscountList discounts={cart.discounts} />
        </dl>
      )}
      <p className="mt-4 flex justify-between text-lg font-bold">
        <span>{t("checkout.total")}</span>
        <span>{vnd(cart.total)}</span>
      </p>
      <p className="mt-1 text-xs text-stone-600">{t("checkout.review.terms")}</p>
      {byCard && hydrated ? (
        <Suspense fallback={<p className="mt-4 text-sm text-stone-600">{t("checkout.payment.cardLoading")}</p>}>
          <StripePayment
            publishableKey={stripe.publishableKey}
            clientSecret={stripe.clientSecret}
            locale={locale}
            label={t("checkout.review.placeOrder")}
          />
        </Suspense>
      ) : null}
      {!byCard && (
        <Form method="post">
          <Actions intent="complete" back="payment" label={t("checkout.review.placeOrder")} />
        </Form>
      )}
    </div>
  )
}
