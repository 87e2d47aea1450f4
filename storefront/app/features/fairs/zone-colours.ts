/** Fill and ink of each zone on the floor plan and in its legend, by the zone's rank; light enough for dark numbers. */
const ZONE_COLOURS = [
  { fill: "#dcfce7", ink: "#14532d" },
  { fill: "#fef3c7", ink: "#78350f" },
  { fill: "#dbeafe", ink: "#1e3a8a" },
  { fill: "#fce7f3", ink: "#831843" },
  { fill: "#ede9fe", ink: "#4c1d95" },
  { fill: "#ffedd5", ink: "#7c2d12" },
]
const NO_ZONE = { fill: "#f5f5f4", ink: "#292524" }

export function zoneColour(zones: { code: string }[], code: string | null) {
  const rank = code ? zones.findIndex((zone) => zone.code === code) : -1
  return rank < 0 ? NO_ZONE : ZONE_COLOURS[rank % ZONE_COLOURS.length]!
}
