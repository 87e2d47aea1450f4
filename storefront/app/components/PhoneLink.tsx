import { formatPhone, telHref } from "~/lib/format"

export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return (
    <a href={telHref(phone)} className={className}>
      {formatPhone(phone)}
    </a>
  )
}
