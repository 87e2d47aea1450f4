import { Checkbox, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import type { UseMutationResult } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { errorMessage } from "./api-error"
import { DrawerPanel, useOnOpen } from "./drawer-panel"

export type Choice = { id: string; label: string; detail?: ReactNode }

/** The radio of "nothing chosen" in a one-choice picker. */
const NONE = "none"

/**
 * Picks one record (`one`, with a "none" choice) or several (`many`) from a searchable list and saves the
 * choice as a whole. The caller fetches the choices for the typed text; when more match than are shown, the
 * drawer says so and asks for a narrower search.
 */
export function PickerDrawer<TValue>({
  open,
  onOpenChange,
  title,
  description,
  q,
  onQ,
  searchPlaceholder,
  choices,
  total,
  noun,
  pick,
  current,
  save,
  value,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  /** What the choice changes; may count the chosen. */
  description: ReactNode | ((chosen: number) => ReactNode)
  q: string
  onQ: (q: string) => void
  searchPlaceholder: string
  choices: Choice[]
  /** How many match the search, of which `choices` are the first. */
  total: number | undefined
  /** What the choices are, for "Hiện 20/28 chủ thể". */
  noun: string
  pick: { mode: "one"; noneLabel: string } | { mode: "many" }
  /** The ids chosen when the drawer opens. */
  current: string[]
  save: UseMutationResult<unknown, Error, TValue>
  /** What the mutation takes for the chosen ids (one id or null, or the list). */
  value: (chosen: string[]) => TValue
}) {
  const [chosen, setChosen] = useState<string[]>([])
  useOnOpen(open, () => {
    onQ("")
    setChosen(current)
    save.reset()
  })
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id)))

  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={typeof description === "function" ? description(chosen.length) : description}
      error={errorMessage(save.error)}
      action={{ label: "Lưu", pending: save.isPending, onClick: () => save.mutate(value(chosen), { onSuccess: () => onOpenChange(false) }) }}
    >
      <Input type="search" placeholder={searchPlaceholder} value={q} onChange={(e) => onQ(e.target.value)} />
      {pick.mode === "one" ? (
        <RadioGroup value={chosen[0] ?? NONE} onValueChange={(id) => setChosen(id === NONE ? [] : [id])} className="flex flex-col gap-y-3">
          <div className="flex items-center gap-x-3">
            <RadioGroup.Item value={NONE} id="pick-none" />
            <Label htmlFor="pick-none" size="small">
              {pick.noneLabel}
            </Label>
          </div>
          {choices.map((choice) => (
            <div key={choice.id} className="flex items-start gap-x-3">
              <RadioGroup.Item value={choice.id} id={`pick-${choice.id}`} className="mt-0.5 shrink-0" />
              <ChoiceLabel choice={choice} />
            </div>
          ))}
        </RadioGroup>
      ) : (
        <div className="flex flex-col gap-y-3">
          {choices.map((choice) => (
            <div key={choice.id} className="flex items-center gap-x-3">
              <Checkbox id={`pick-${choice.id}`} checked={chosen.includes(choice.id)} onCheckedChange={(checked) => toggle(choice.id, checked === true)} />
              <ChoiceLabel choice={choice} />
            </div>
          ))}
        </div>
      )}
      {total !== undefined && total > choices.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          Hiện {choices.length}/{total} {noun}; gõ tên để tìm.
        </Text>
      )}
    </DrawerPanel>
  )
}

function ChoiceLabel({ choice }: { choice: Choice }) {
  return (
    <Label htmlFor={`pick-${choice.id}`} size="small">
      {choice.label}
      {choice.detail && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {choice.detail}
        </Text>
      )}
    </Label>
  )
}
