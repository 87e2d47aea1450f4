import { Input } from "@medusajs/ui"
import { useState } from "react"
import { handleFrom } from "../lib/labels"
import { Field } from "./field"

/**
 * The name and handle fields of a producer or sales point. On a new record the handle follows the name
 * (folded, dashed) until someone types a handle of their own; on an existing one it never moves by itself.
 */
export function NameAndHandle({
  nameLabel,
  handleHint,
  name,
  handle,
  isNew,
  set,
}: {
  nameLabel: string
  handleHint: string
  name: string
  handle: string
  isNew: boolean
  set: (field: "name" | "handle", value: string) => void
}) {
  const [handleTouched, setHandleTouched] = useState(!isNew)
  return (
    <>
      <Field label={nameLabel} htmlFor="name">
        <Input
          id="name"
          name="name"
          value={name}
          onChange={(e) => {
            set("name", e.target.value)
            if (!handleTouched) set("handle", handleFrom(e.target.value))
          }}
          required
        />
      </Field>
      <Field label="Mã (handle)" htmlFor="handle" hint={handleHint}>
        <Input
          id="handle"
          name="handle"
          value={handle}
          onChange={(e) => {
            setHandleTouched(true)
            set("handle", e.target.value)
          }}
          required
        />
      </Field>
    </>
  )
}
