import { Input, Textarea } from "@medusajs/ui"
import { nextStatuses, type TradeLeadStatus } from "../../modules/fair/lead-status"
import { errorMessage } from "../kit/api-error"
import { DrawerPanel, useOnOpen } from "../kit/drawer-panel"
import { Field } from "../kit/field"
import { useFormValues } from "../kit/form-state"
import { SelectInput } from "../kit/select-input"
import { useUpdateTradeLead } from "../lib/api"
import { leadStatusLabel } from "../lib/lead-labels"
import type { TradeLead } from "../lib/types"

/** Records an outcome the producer or the buyer told the organiser: the next status, a note, a contract's value. */
export function LeadStatusDrawer({ lead, open, onOpenChange }: { lead: TradeLead; open: boolean; onOpenChange: (open: boolean) => void }) {
  const update = useUpdateTradeLead(lead.id)
  const next = nextStatuses(lead.status)
  const { values, set, bind } = useFormValues({ status: next[0] ?? "", note: "", contract_value: "" })
  useOnOpen(open, () => {
    set("status", next[0] ?? "")
    set("note", "")
    set("contract_value", "")
    update.reset()
  })
  const value = values.contract_value.replace(/[^\d]/g, "")
  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={`Kết quả với ${lead.buyer_name}`}
      description="Mỗi lần ghi được giữ lại trong diễn biến; hợp đồng đã ký cần giá trị bằng đồng."
      error={errorMessage(update.error)}
      action={{
        label: "Ghi lại",
        pending: update.isPending,
        onSubmit: () =>
          update.mutate(
            {
              status: values.status,
              note: values.note.trim() || null,
              ...(values.status === "contract_signed" ? { contract_value: value ? Number(value) : null } : {}),
            },
            { onSuccess: () => onOpenChange(false) }
          ),
      }}
    >
      <Field label="Trạng thái" htmlFor="status">
        <SelectInput id="status" value={values.status} onChange={(v) => set("status", v)} options={next.map((s) => ({ value: s, label: leadStatusLabel(s as TradeLeadStatus) }))} />
      </Field>
      {values.status === "contract_signed" && (
        <Field label="Giá trị hợp đồng (đồng)" htmlFor="contract_value">
          <Input {...bind("contract_value")} inputMode="numeric" placeholder="150.000.000" />
        </Field>
      )}
      <Field label="Ghi chú" htmlFor="note" optional>
        <Textarea {...bind("note")} rows={3} />
      </Field>
    </DrawerPanel>
  )
}
