/**
 * Vietnamese text folded for matching: lower case, no tone or vowel marks, `đ` → `d`.
 * NFD strips the marks but leaves `đ` (U+0111, a letter of its own, not d + a mark), hence the extra step.
 * Matches what PostgreSQL's `lower(unaccent(…))` gives, so folded queries meet folded data.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
