/**
 * Typo correction for the PostgreSQL engine: each word of a query that no product has is replaced by the
 * catalogue word it is one edit away from (two for words of eight letters or more), the most frequent first;
 * words under four letters are left alone. The same sizes as the Meilisearch index's settings (definition.ts).
 *
 * Why not the provider's own typo tolerance: it compares pg_trgm `word_similarity` of the query with every
 * document's whole text, which no index serves; measured at 10 000 products, one typo query took 5.7 s. The
 * catalogue's vocabulary (a few thousand syllables and names) is small, so correcting the query and running
 * the exact, indexed search again costs milliseconds.
 */
import { foldVietnamese } from "../../modules/ocop/utils/fold"

export type Vocabulary = Map<string, number>

const ONE_TYPO_FROM = 4
const TWO_TYPOS_FROM = 8

/** The query with each unknown word corrected, or null when nothing could be corrected. */
export function correctTypos(query: string, vocabulary: Vocabulary): string | null {
  const words = foldVietnamese(query).replace(/['’]/g, "").split(/[^a-z0-9]+/).filter(Boolean)
  let changed = false
  const corrected = words.map((word) => {
    if (vocabulary.has(word) || word.length < ONE_TYPO_FROM) return word
    const allowed = word.length >= TWO_TYPOS_FROM ? 2 : 1
    let best: { word: string; distance: number; rows: number } | undefined
    for (const [candidate, rows] of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed) continue
      const distance = editDistance(word, candidate, allowed)
      if (distance > allowed) continue
      if (!best || distance < best.distance || (distance === best.distance && rows > best.rows)) {
        best = { word: candidate, distance, rows }
      }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  return changed ? corrected.join(" ") : null
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring: a swap of two
 * neighbouring letters is one typo), giving up once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      rowMin = Math.min(rowMin, d[i][j])
    }
    if (rowMin > limit) return rowMin
  }
  return d[a.length][b.length]
}

/** The vocabulary, read at most once a minute per process, and again as soon as the catalogue changes. */
let cached: { at: number; vocabulary: Promise<Vocabulary> } | undefined
const VOCABULARY_TTL_MS = 60_000

export function cachedVocabulary(read: () => Promise<Vocabulary>): Promise<Vocabulary> {
  if (!cached || Date.now() - cached.at > VOCABULARY_TTL_MS) {
    const vocabulary = read()
    cached = { at: Date.now(), vocabulary }
    vocabulary.catch(() => {
      cached = undefined
    })
  }
  return cached.vocabulary
}

export function forgetVocabulary() {
  cached = undefined
}
