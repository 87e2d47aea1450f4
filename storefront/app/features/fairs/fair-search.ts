import type { Booth } from "~/lib/store-api"

/**
 * Vietnamese folded for matching, as the backend's search folds it: lower case, no marks, `đ` → `d` (NFD leaves
 * `đ` whole, hence the extra step). "ca phe" finds "Cà phê", "dak lak" finds "Đắk Lắk".
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/**
 * The booths a visitor's search within a fair finds: every word must appear in the booth's number, its
 * producer's name or place, or one of its products' names. A fair has at most a few hundred booths, so the
 * page filters what it already loaded instead of asking the backend again.
 */
export function matchBooths(booths: Booth[], q: string): Booth[] {
  const words = fold(q).split(" ").filter(Boolean)
  if (!words.length) return booths
  return booths.filter((booth) => {
    const text = fold(
      [booth.number, booth.producer?.name, booth.producer?.address_as_certified, ...booth.products.flatMap((p) => [p.title, p.subtitle])]
        .filter(Boolean)
        .join(" ")
    )
    return words.every((word) => text.includes(word))
  })
}
