import { Alert, Hint, Label, clx } from "@medusajs/ui"
import { useEffect, useRef, type ReactNode } from "react"

/** A labelled form control with an optional hint, laid out like Medusa's own forms. */
export function Field({
  label,
  htmlFor,
  hint,
  optional,
  className,
  children,
}: {
  label: string
  htmlFor: string
  hint?: ReactNode
  optional?: boolean
  className?: string
  children: ReactNode
}) {
  return (
    <div className={clx("flex flex-col gap-y-2", className)}>
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> (không bắt buộc)</span>}
      </Label>
      {children}
      {hint && <Hint>{hint}</Hint>}
    </div>
  )
}

/** The API's refusal, word for word: OCOP rules answer in Vietnamese and English. */
export function FormError({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null)
  // Long forms are submitted from the bottom; bring the refusal into view where it is printed, at the top.
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ block: "center", behavior: "smooth" })
  }, [message])
  if (!message) return null
  return (
    <div ref={ref}>
      <Alert variant="error" dismissible={false} role="alert">
        {message}
      </Alert>
    </div>
  )
}
