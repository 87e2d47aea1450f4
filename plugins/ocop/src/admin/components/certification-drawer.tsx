import { Input, Text } from "@medusajs/ui"
import {
  certifyingLevel,
  CURRENT_CRITERIA_VERSION,
  defaultExpiry,
  groupsFor,
  isCriteriaVersion,
  isScoreInRange,
  MAX_SCORE,
  MIN_SCORE,
  MIN_SHOWABLE_STARS,
  starRatings,
  starsForScore,
  VALIDITY_MONTHS,
} from "../../modules/ocop/rules"
import { errorMessage } from "../kit/api-error"
import { DrawerPanel, useOnOpen } from "../kit/drawer-panel"
import { Field } from "../kit/field"
import { textOrNull, useFormValues } from "../kit/form-state"
import { SelectInput } from "../kit/select-input"
import { useCertify, useRenew } from "../lib/api"
import { criteriaVersionOptions, formatDate, LEVEL_LABEL } from "../lib/labels"
import type { Certification } from "../lib/types"

const AUTO = "auto"
const NONE = "none"
const today = () => new Date().toISOString().slice(0, 10)

/**
 * Records an evaluation: a first certification of the product, or (with `renews`) its renewal. The band the
 * score falls in is shown as a guide, from rules.ts; the API has the last word and its refusal is shown.
 */
export function CertificationDrawer({
  productId,
  renews,
  open,
  onOpenChange,
}: {
  productId: string
  renews?: Certification | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const certify = useCertify()
  const renew = useRenew(renews?.id ?? "")
  const mutation = renews ? renew : certify
  const initial = {
    score: "",
    stars: AUTO,
    criteria_version: CURRENT_CRITERIA_VERSION as string,
    group: renews?.group ?? "food",
    sub_group: renews?.sub_group ?? NONE,
    certificate_no: "",
    decision_no: "",
    issued_at: today(),
    expires_at: "",
  }
  const { values, set, bind, reset } = useFormValues(initial)
  // Each opening starts from the certification it renews.
  useOnOpen(open, () => {
    reset(initial)
    certify.reset()
    renew.reset()
  })

  const version = isCriteriaVersion(values.criteria_version) ? values.criteria_version : CURRENT_CRITERIA_VERSION
  const groups = groupsFor(version)
  const group = groups.find((g) => g.code === values.group)
  const score = values.score.trim() === "" ? NaN : Number(values.score.replace(",", "."))
  const band = isScoreInRange(score) ? starsForScore(score, version) : null
  const level = band ? certifyingLevel(band, version) : null

  const submit = () => {
    const body: Record<string, unknown> = {
      score: Number.isFinite(score) ? score : values.score,
      criteria_version: values.criteria_version,
      group: values.group,
      sub_group: values.sub_group === NONE ? null : values.sub_group,
      certificate_no: textOrNull(values.certificate_no),
      decision_no: textOrNull(values.decision_no),
      issued_at: values.issued_at,
      expires_at: textOrNull(values.expires_at),
    }
    if (values.stars !== AUTO) body.stars = Number(values.stars)
    if (!renews) body.product_id = productId
    mutation.mutate(body, { onSuccess: () => onOpenChange(false) })
  }

  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={renews ? "Gia hạn chứng nhận OCOP" : "Chứng nhận OCOP"}
      description={
        renews
          ? `Giấy mới thay cho ${renews.certificate_no ?? "chứng nhận"} cấp ngày ${formatDate(renews.issued_at)}; giấy cũ được giữ trong lịch sử.`
          : "Kết quả đánh giá, phân hạng của hội đồng."
      }
      error={errorMessage(mutation.error)}
      action={{ label: renews ? "Gia hạn" : "Chứng nhận", pending: mutation.isPending, onSubmit: submit }}
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label={`Điểm (${MIN_SCORE}–${MAX_SCORE})`} htmlFor="score">
          <Input {...bind("score")} inputMode="decimal" required />
        </Field>
        <Field label="Hạng sao" htmlFor="stars">
          <SelectInput
            id="stars"
            value={values.stars}
            onChange={(v) => set("stars", v)}
            options={[{ value: AUTO, label: "Theo điểm" }, ...starRatings(version).map((n) => ({ value: String(n), label: `${n} sao` }))]}
          />
        </Field>
      </div>
      {band && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="band-hint">
          Điểm {score} ứng với {band} sao{level ? ` · ${LEVEL_LABEL[level]} cấp giấy` : " · không được cấp giấy chứng nhận"}.
        </Text>
      )}
      <Field label="Bộ tiêu chí" htmlFor="criteria_version">
        <SelectInput
          id="criteria_version"
          value={values.criteria_version}
          onChange={(v) => set("criteria_version", v)}
          options={criteriaVersionOptions.map((o) => ({ value: o.value, label: `Quyết định ${o.label}` }))}
        />
      </Field>
      <Field label="Nhóm sản phẩm" htmlFor="group">
        <SelectInput
          id="group"
          value={values.group}
          onChange={(v) => {
            set("group", v)
            set("sub_group", NONE)
          }}
          placeholder="Chọn nhóm"
          options={groups.map((g) => ({ value: g.code, label: g.name_vi }))}
        />
      </Field>
      <Field label="Phân nhóm" htmlFor="sub_group" optional>
        <SelectInput
          id="sub_group"
          value={values.sub_group}
          onChange={(v) => set("sub_group", v)}
          options={[{ value: NONE, label: "—" }, ...(group?.sub_groups ?? []).map((s) => ({ value: s.code, label: s.name_vi }))]}
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Số giấy chứng nhận" htmlFor="certificate_no" hint={`Bỏ trống cho sản phẩm dưới ${MIN_SHOWABLE_STARS} sao.`}>
          <Input {...bind("certificate_no")} />
        </Field>
        <Field label="Số quyết định" htmlFor="decision_no">
          <Input {...bind("decision_no")} placeholder="1378/QĐ-UBND" />
        </Field>
        <Field label="Ngày cấp" htmlFor="issued_at">
          <Input {...bind("issued_at")} type="date" required />
        </Field>
        <Field
          label="Ngày hết hạn"
          htmlFor="expires_at"
          optional
          hint={values.issued_at ? `Mặc định ${VALIDITY_MONTHS} tháng: ${formatDate(defaultExpiry(values.issued_at).toISOString())}` : undefined}
        >
          <Input {...bind("expires_at")} type="date" />
        </Field>
      </div>
    </DrawerPanel>
  )
}
