/**
 * People's names as Vietnamese forms ask for them (one "Họ và tên" field) and as Medusa keeps them (two): the
 * account, the checkout and the order pages all read and write them this way.
 */

/**
 * The family name (họ, written first) in `last_name`, the rest in `first_name`:
 * `Trần Thị Hoa` → `{ last_name: "Trần", first_name: "Thị Hoa" }`.
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  if (words.length <= 1) return { first_name: words[0] ?? "", last_name: "" }
  return { last_name: words[0]!, first_name: words.slice(1).join(" ") }
}

/** The inverse of splitFullName, family name first, as the name is said in Vietnamese. */
export function joinFullName(person: { first_name?: string | null; last_name?: string | null }): string {
  return [person.last_name, person.first_name].filter((part) => part && part.trim()).join(" ").trim()
}

/** How the account pages greet the customer: the full name, or the e-mail when no name is known. */
export function displayName(customer: { email: string; first_name?: string | null; last_name?: string | null }): string {
  return joinFullName(customer) || customer.email
}
