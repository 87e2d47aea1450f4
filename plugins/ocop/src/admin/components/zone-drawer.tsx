import { Input } from "@medusajs/ui"
import { errorMessage } from "../kit/api-error"
import { DrawerPanel, useOnOpen } from "../kit/drawer-panel"
import { Field } from "../kit/field"
import { useFormValues } from "../kit/form-state"
import { useSaveZone } from "../lib/api"
import type { Zone } from "../lib/types"

/** Adds a zone to a fair or renames one: its code on the floor plan (A, B, CAFE) and its names. */
export function ZoneDrawer({ fairId, zone, open, onOpenChange }: { fairId: string; zone: Zone | null; open: boolean; onOpenChange: (open: boolean) => void }) {
  const save = useSaveZone(fairId)
  const { values, set, bind } = useFormValues({ code: "", name: "", name_en: "" })
  useOnOpen(open, () => {
    set("code", zone?.code ?? "")
    set("name", zone?.name ?? "")
    set("name_en", zone?.name_en ?? "")
    save.reset()
  })
  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={zone ? `Khu ${zone.code}` : "Thêm khu"}
      description="Khu gom các gian hàng theo tỉnh hoặc theo nhóm sản phẩm; mã khu in trên sơ đồ."
      error={errorMessage(save.error)}
      action={{
        label: zone ? "Lưu khu" : "Thêm khu",
        pending: save.isPending,
        onSubmit: () =>
          save.mutate(
            { id: zone?.id, code: values.code.trim(), name: values.name.trim(), name_en: values.name_en.trim() || null },
            { onSuccess: () => onOpenChange(false) }
          ),
      }}
    >
      <Field label="Mã khu" htmlFor="code" hint="1–10 chữ hoặc số, ví dụ A.">
        <Input {...bind("code")} required />
      </Field>
      <Field label="Tên khu" htmlFor="name">
        <Input {...bind("name")} required placeholder="Cà phê và ca cao" />
      </Field>
      <Field label="Tên tiếng Anh" htmlFor="name_en" optional>
        <Input {...bind("name_en")} />
      </Field>
    </DrawerPanel>
  )
}
