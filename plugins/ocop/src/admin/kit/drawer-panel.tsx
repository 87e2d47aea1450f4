import { Button, Drawer } from "@medusajs/ui"
import { useEffect, type FormEvent, type ReactNode } from "react"
import { FormError } from "./field"

/** Runs `reset` each time the drawer opens: a drawer starts from the record it is opened on, not from last time. */
export function useOnOpen(open: boolean, reset: () => void) {
  useEffect(() => {
    if (open) reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
}

/**
 * A side drawer that changes one thing: title and description, the API's refusal above the body, and Cancel
 * beside the action. With `onSubmit` the body is a form (Enter submits); without, the action button acts.
 */
export function DrawerPanel({
  open,
  onOpenChange,
  title,
  description,
  error,
  action,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description: ReactNode
  error: string | null
  action: { label: string; pending: boolean; danger?: boolean } & ({ onSubmit: () => void } | { onClick: () => void })
  children: ReactNode
}) {
  const button = (
    <Button
      size="small"
      variant={action.danger ? "danger" : "primary"}
      isLoading={action.pending}
      type={"onSubmit" in action ? "submit" : "button"}
      onClick={"onClick" in action ? action.onClick : undefined}
    >
      {action.label}
    </Button>
  )
  const inner = (
    <>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
        <Drawer.Description>{description}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormError message={error} />
        {children}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Huỷ
          </Button>
        </Drawer.Close>
        {button}
      </Drawer.Footer>
    </>
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if ("onSubmit" in action) action.onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        {"onSubmit" in action ? (
          <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
            {inner}
          </form>
        ) : (
          inner
        )}
      </Drawer.Content>
    </Drawer>
  )
}
