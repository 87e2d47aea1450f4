import { useEffect, useState } from "react"

/** False on the server and during hydration, true after: for controls that only work with JavaScript. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
