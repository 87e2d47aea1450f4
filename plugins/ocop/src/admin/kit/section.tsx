import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The title row of a Container section, as on Medusa's own pages. */
export function SectionHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
      <div className="min-w-0">
        <Heading level="h2">{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <div className="flex min-w-0 shrink-0 items-center gap-x-2 whitespace-nowrap">{actions}</div>}
    </div>
  )
}

/** A Container with its title row and, below a divider, what it holds (a table, a form, a note). */
export function Section({ children, ...header }: { title: string; subtitle?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <SectionHeader {...header} />
      {children}
    </Container>
  )
}

/** A quiet line where a list or a field has nothing to show. */
export function EmptyNote({ children, centered }: { children: ReactNode; centered?: boolean }) {
  return (
    <Text size="small" className={centered ? "text-ui-fg-subtle px-6 py-8 text-center" : "text-ui-fg-subtle px-6 py-4"}>
      {children}
    </Text>
  )
}

/** One "label: value" line of a detail card, as Medusa's product page lays them out. */
export function KeyValueRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-compact-small text-ui-fg-base flex flex-col gap-y-0.5 break-words">{children}</div>
    </div>
  )
}
