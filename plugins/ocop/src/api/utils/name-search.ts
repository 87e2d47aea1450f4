import { foldVietnamese } from "../../modules/ocop/utils/fold"

/**
 * A list's `q` over records with a name and a handle (producers, sales points). Admins type names with or
 * without accents. The name is matched as typed (case-insensitive); the handle, which is the name folded,
 * catches the accent-free spelling: "ca phe" finds "htx-ca-phe-…".
 */
export function nameSearch(q: string | undefined) {
  const text = q?.trim()
  if (!text) return {}
  const slug = foldVietnamese(text).replace(/[^a-z0-9]+/g, "-")
  return { $or: [{ name: { $ilike: `%${escapeLike(text)}%` } }, { handle: { $ilike: `%${escapeLike(slug)}%` } }] }
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
