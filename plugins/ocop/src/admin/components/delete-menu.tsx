import { EllipsisHorizontal, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"

/** The "…" menu of a detail page's header, holding the destructive action as Medusa's own pages do. */
export function DeleteMenu({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label="Thao tác">
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item className="gap-x-2 text-ui-fg-error" onClick={onDelete}>
          <Trash />
          {label}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
