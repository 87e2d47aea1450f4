import { useFetcher } from "@remix-run/react"
import { useState } from "react"
import { formatDate } from "~/lib/format"
import { useHydrated } from "~/lib/use-hydrated"
import { useVerifyTranslation } from "./strings"
import type { StampSummary } from "./types"

export type PlaceResult = { ok: true; stamp: StampSummary } | { ok: false }

/**
 * What a scan adds to the lookup: when the code was first checked and how often, and a warning when its checks
 * say it may be a copy. With JavaScript, the shopper may add where she is (her browser asks her first), which
 * lets the same code seen far away give a copy away (docs/decisions/029).
 */
export function StampPanel({ stamp: initial, registerStars, headingLevel = 2 }: { stamp: StampSummary; registerStars: number; headingLevel?: 1 | 2 }) {
  const { t } = useVerifyTranslation()
  const fetcher = useFetcher<PlaceResult>()
  const hydrated = useHydrated()
  const [locating, setLocating] = useState<"idle" | "asking" | "failed">("idle")
  const stamp = fetcher.data?.ok ? fetcher.data.stamp : initial
  const placed = fetcher.data?.ok === true
  const Heading = headingLevel === 1 ? "h1" : "h2"
  const warningText =
    stamp.warning === "stars_changed"
      ? t("verify.stamp.stars_changed", { printed: stamp.printed_stars, stars: registerStars })
      : stamp.warning
        ? t(`verify.stamp.${stamp.warning}`, { networks: stamp.networks })
        : null

  const shareLocation = () => {
    if (!("geolocation" in navigator)) return setLocating("failed")
    setLocating("asking")
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating("idle")
        fetcher.submit(
          { intent: "place", check_id: stamp.check_id, latitude: String(position.coords.latitude), longitude: String(position.coords.longitude) },
          { method: "post" }
        )
      },
      () => setLocating("failed"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 }
    )
  }

  return (
    <section aria-labelledby="stamp-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <Heading id="stamp-heading" className="text-lg font-bold text-stone-900">
        {t("verify.stamp.title", { code: stamp.code })}
      </Heading>
      <p className="text-sm text-stone-700">{t("verify.stamp.printed", { stars: stamp.printed_stars, number: stamp.certificate_no })}</p>
      <p className="font-semibold text-stone-900" data-testid="stamp-checks" aria-live="polite">
        {t("verify.stamp.firstChecked", { date: formatDate(stamp.first_checked_at) })}, {t("verify.stamp.checks", { count: stamp.checks })}
      </p>
      {warningText ? (
        <div role="alert" data-warning={stamp.warning} className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-950">
          <p className="flex items-center gap-2 font-bold">
            <span aria-hidden="true">⚠</span>
            {t("verify.stamp.warningTitle")}
          </p>
          <p className="mt-1 text-sm leading-relaxed">{warningText}</p>
          <p className="mt-1 text-sm">{t("verify.stamp.reported")}</p>
        </div>
      ) : (
        <p className="text-sm text-emerald-900">{t("verify.stamp.genuine")}</p>
      )}
      {hydrated && (
        <div className="border-t border-stone-200 pt-3 text-sm">
          <p className="font-semibold text-stone-900">{t("verify.stamp.placeTitle")}</p>
          <p className="mt-1 text-stone-700">{t("verify.stamp.placeText")}</p>
          {placed ? (
            <p className="mt-2 font-semibold text-emerald-900" role="status">
              {t("verify.stamp.placed")}
            </p>
          ) : (
            <button
              type="button"
              onClick={shareLocation}
              disabled={locating === "asking" || fetcher.state !== "idle"}
              className="mt-2 min-h-11 rounded-lg border border-ocop-800 px-4 font-semibold text-ocop-900 hover:bg-ocop-50 disabled:opacity-60"
            >
              {locating === "asking" || fetcher.state !== "idle" ? t("verify.stamp.placing") : t("verify.stamp.placeButton")}
            </button>
          )}
          {(locating === "failed" || fetcher.data?.ok === false) && (
            <p className="mt-2 text-stone-700" role="status">
              {t("verify.stamp.placeFailed")}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
