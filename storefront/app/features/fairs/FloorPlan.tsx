import { LocaleLink } from "~/components/LocaleLink"
import type { FairDetail } from "~/lib/store-api"
import { useFairsTranslation } from "./strings"
import { zoneColour } from "./zone-colours"

const CELL = 40
const GAP = 3

/**
 * The fair's floor as the organiser laid it out: each booth a rectangle of grid cells in its zone's colour, with
 * its number, linking to the booth's page. Drawn as SVG on the server (no script, no image to fetch); a search
 * within the fair leaves the booths it found in colour and dims the rest. The legend names the zones.
 */
export function FloorPlan({ fair, found }: { fair: FairDetail; found: Set<string> | null }) {
  const { t } = useFairsTranslation()
  const width = fair.floor.columns * CELL
  const height = fair.floor.rows * CELL
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t("fairs.floorPlan")}
        className="h-auto w-full max-w-3xl rounded-lg border border-stone-300 bg-white"
      >
        <defs>
          <pattern id="floor-grid" width={CELL} height={CELL} patternUnits="userSpaceOnUse">
            <path d={`M ${CELL} 0 L 0 0 0 ${CELL}`} fill="none" stroke="#e7e5e4" strokeWidth="1" />
          </pattern>
        </defs>
        <rect width={width} height={height} fill="url(#floor-grid)" />
        {fair.booths.map((booth) => {
          const colour = zoneColour(fair.zones, booth.zone)
          const dimmed = found !== null && !found.has(booth.number)
          const { x, y, width: w, height: h } = booth.position
          const label = t("fairs.boothLabel", { number: booth.number, producer: booth.producer?.name ?? "" })
          return (
            <LocaleLink key={booth.number} to={`/hoi-cho/${fair.handle}/gian-hang/${booth.number}`} aria-label={label}>
              <title>{label}</title>
              <rect
                x={x * CELL + GAP}
                y={y * CELL + GAP}
                width={w * CELL - 2 * GAP}
                height={h * CELL - 2 * GAP}
                rx="4"
                fill={colour.fill}
                stroke={found?.has(booth.number) ? "#b91c1c" : colour.ink}
                strokeWidth={found?.has(booth.number) ? 3 : 1}
                opacity={dimmed ? 0.35 : 1}
              />
              <text
                x={(x + w / 2) * CELL}
                y={(y + h / 2) * CELL + 5}
                textAnchor="middle"
                fontSize="14"
                fontWeight="700"
                fill={colour.ink}
                opacity={dimmed ? 0.45 : 1}
              >
                {booth.number}
              </text>
            </LocaleLink>
          )
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
          {fair.zones.map((zone) => (
            <li key={zone.code} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3.5 w-3.5 rounded-sm border border-stone-400" style={{ background: zoneColour(fair.zones, zone.code).fill }} />
              {t("fairs.zone", { code: zone.code, name: zone.name })}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm text-stone-600">{t("fairs.floorPlanHelp")}</p>
      </figcaption>
    </figure>
  )
}
