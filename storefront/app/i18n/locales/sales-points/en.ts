import type { SalesPointsResources } from "./vi"

/** The sales points page's words in English; the same keys as vi.ts. */
const salesPoints: SalesPointsResources = {
  filters: "Filter sales points",
  district: "District",
  anyDistrict: "Any district",
  type: "Kind of sales point",
  anyType: "Any kind",
  apply: "Filter",
  clear: "Clear filters",
  shown_one: "{{count}} sales point",
  shown_other: "{{count}} sales points",
  none: "No sales point matches these filters.",
  nearMe: "Near me",
  nearMeLabel: "Put the sales points nearest to me first",
  locating: "Finding where you are…",
  sortedByDistance: "Sorted by distance from where you are (your location stays on your device).",
  locationFailed: "Could not get your location; the list keeps its order.",
  away: "{{distance}} away",
  number: "Point {{number}}",
  call: "Call",
  callLabel: "Call {{name}}",
}

export default salesPoints
