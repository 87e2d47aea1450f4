import { EllipsisHorizontal, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { Fragment, type ReactNode } from "react"

export type Action = {
  label: string
  icon?: ReactNode
  onClick: () => void
  /** Destructive: in red, after a separator, as Medusa's own menus put "Delete". */
  danger?: boolean
}

/** The "…" menu of a section's header, holding its actions as Medusa's own pages do. */
export function ActionMenu({ actions, label = "Thao tác" }: { actions: (Action | false | null | undefined)[]; label?: string }) {
  const shown = actions.filter((action): action is Action => !!action)
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {shown.map((action, i) => (
          <Fragment key={action.label}>
            {action.danger && i > 0 && !shown[i - 1]!.danger && <DropdownMenu.Separator />}
            <DropdownMenu.Item className={action.danger ? "gap-x-2 text-ui-fg-error" : "gap-x-2"} onClick={action.onClick}>
              {action.icon}
              {action.label}
            </DropdownMenu.Item>
          </Fragment>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

/** A detail page's menu with its one destructive action. */
export function DeleteMenu({ label, onDelete }: { label: string; onDelete: () => void }) {
  return <ActionMenu actions={[{ label, icon: <Trash />, onClick: onDelete, danger: true }]} />
}
