/**
 * A stand-in for Stripe.js, served by the card checkout's browser test in place of
 * https://js.stripe.com/endive/stripe.js, which cannot be loaded from the test machines. It is not Stripe's code:
 * it offers the part of Stripe.js's interface that `@stripe/stripe-js` and `@stripe/react-stripe-js` use for a
 * Payment Element (`Stripe(key)`, `elements({ clientSecret, locale })`, `create("payment")`, `mount`, `on`/`off`,
 * `destroy`, `confirmPayment`) and makes the calls Stripe.js makes from the shopper's browser: the PaymentIntent
 * is confirmed at https://api.stripe.com/v1/payment_intents/:id/confirm with the publishable key and the client
 * secret, as a form. The test routes that address to the fake Stripe server the backend's provider talks to
 * (backend/integration-tests/support/fake-stripe.ts), so the intent the storefront confirms is the one Medusa
 * authorises. The card form is three plain inputs instead of Stripe's iframe; no 3-D Secure.
 */
;(() => {
  const API = "https://api.stripe.com/v1"
  const WORDS = {
    vi: { number: "Số thẻ", expiry: "Ngày hết hạn", cvc: "Mã bảo mật (CVC)", incomplete: "Số thẻ chưa đủ." },
    en: { number: "Card number", expiry: "Expiration date", cvc: "Security code", incomplete: "Your card number is incomplete." },
  }

  function Stripe(publishableKey, options) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey, options)
    if (typeof publishableKey !== "string" || !publishableKey.startsWith("pk_")) {
      throw new Error("IntegrationError: Invalid API Key provided: use your publishable key.")
    }
    const unsupported = (name) => () => Promise.reject(new Error(`${name} is not in the Stripe.js stand-in`))
    this._registerWrapper = () => {}
    this.registerAppInfo = () => {}
    this.createToken = unsupported("createToken")
    this.createPaymentMethod = unsupported("createPaymentMethod")
    this.confirmCardPayment = unsupported("confirmCardPayment")

    this.elements = (elementsOptions = {}) => {
      const clientSecret = elementsOptions.clientSecret
      if (!/^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/.test(String(clientSecret))) {
        throw new Error("IntegrationError: Invalid value for elements(): clientSecret should be a client secret.")
      }
      const words = WORDS[elementsOptions.locale] ?? WORDS.en
      let paymentElement = null
      return {
        clientSecret,
        update() {},
        getElement: (type) => (type === "payment" ? paymentElement : null),
        create(type) {
          if (type !== "payment") throw new Error(`IntegrationError: the stand-in has only the Payment Element, not ${type}`)
          paymentElement = createPaymentElement(words)
          return paymentElement
        },
      }
    }

    this.confirmPayment = async ({ elements, confirmParams = {}, redirect = "always" }) => {
      const element = elements.getElement("payment")
      const number = element?.cardNumber() ?? ""
      if (number.length < 12) {
        return { error: { type: "validation_error", code: "incomplete_number", message: element?.words.incomplete } }
      }
      const intentId = elements.clientSecret.split("_secret_")[0]
      const body = new URLSearchParams({
        key: publishableKey,
        client_secret: elements.clientSecret,
        "payment_method_data[type]": "card",
        "payment_method_data[card][number]": number,
        return_url: confirmParams.return_url ?? "",
      })
      const response = await fetch(`${API}/payment_intents/${intentId}/confirm`, { method: "POST", body })
      const answer = await response.json()
      if (!response.ok) return { error: answer.error }
      if (redirect === "always" && confirmParams.return_url) {
        const back = new URL(confirmParams.return_url)
        back.searchParams.set("payment_intent", answer.id)
        back.searchParams.set("payment_intent_client_secret", elements.clientSecret)
        back.searchParams.set("redirect_status", "succeeded")
        window.location.assign(back.toString())
        return new Promise(() => {})
      }
      return { paymentIntent: answer }
    }
  }

  function createPaymentElement(words) {
    const listeners = new Map()
    const emit = (event, payload) => (listeners.get(event) ?? []).forEach((listener) => listener(payload))
    let root = null
    let numberInput = null
    return {
      words,
      cardNumber: () => (numberInput?.value ?? "").replace(/\D/g, ""),
      mount(target) {
        root = typeof target === "string" ? document.querySelector(target) : target
        const field = (label, autocomplete, placeholder) => {
          const wrapper = document.createElement("label")
          wrapper.style.cssText = "display:block;margin:0 0 12px;font-size:14px;color:#30313d"
          wrapper.textContent = label
          const input = document.createElement("input")
          input.autocomplete = autocomplete
          input.inputMode = "numeric"
          input.placeholder = placeholder
          input.style.cssText =
            "display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:12px;border:1px solid #e6e6e6;border-radius:6px;font-size:16px;box-shadow:0 1px 3px rgba(0,0,0,.05)"
          input.addEventListener("input", () => emit("change", { elementType: "payment", empty: !input.value, complete: false }))
          wrapper.append(input)
          return { wrapper, input }
        }
        const number = field(words.number, "cc-number", "1234 1234 1234 1234")
        const expiry = field(words.expiry, "cc-exp", "MM / YY")
        const cvc = field(words.cvc, "cc-csc", "CVC")
        const row = document.createElement("div")
        row.style.cssText = "display:grid;grid-template-columns:1fr 1fr;gap:12px"
        row.append(expiry.wrapper, cvc.wrapper)
        numberInput = number.input
        root.replaceChildren(number.wrapper, row)
        setTimeout(() => emit("ready", { elementType: "payment" }))
      },
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener])
        return this
      },
      off(event, listener) {
        listeners.set(event, (listeners.get(event) ?? []).filter((other) => other !== listener))
        return this
      },
      update() {},
      focus: () => numberInput?.focus(),
      blur: () => numberInput?.blur(),
      clear() {
        if (numberInput) numberInput.value = ""
      },
      collapse() {},
      unmount() {
        root?.replaceChildren()
      },
      destroy() {
        root?.replaceChildren()
        listeners.clear()
      },
    }
  }

  Stripe.version = "endive"
  window.Stripe = Stripe
})()
