import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The title row of a Container section, as on Medusa's own pages. */
export function SectionHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-x-2 whitespace-nowrap">{actions}</div>}
    </div>
  )
}
