import { describe, expect, it } from "vitest"
import { directionsUrl, distanceInMetres, LOCATOR_HEIGHT, LOCATOR_WIDTH, nearestFirst, project } from "./geo"

const buonMaThuot = { latitude: 12.6841, longitude: 108.0412 }
const eaKar = { latitude: 12.8069, longitude: 108.4521 }
const buonHo = { latitude: 12.9152, longitude: 108.2693 }

describe("distances", () => {
  it("measures Buôn Ma Thuột to Ea Kar at about 47 km", () => {
    expect(distanceInMetres(buonMaThuot, eaKar) / 1000).toBeCloseTo(46.5, 0)
  })

  it("sorts sales points nearest first from where the buyer stands", () => {
    const points = [
      { handle: "ea-kar", ...eaKar },
      { handle: "buon-ho", ...buonHo },
      { handle: "bmt", ...buonMaThuot },
    ]
    const inBuonHo = { latitude: 12.92, longitude: 108.27 }
    expect(nearestFirst(points, inBuonHo).map((point) => point.handle)).toEqual(["buon-ho", "ea-kar", "bmt"])
    expect(points[0].handle).toBe("ea-kar")
  })
})

describe("links and projection", () => {
  it("asks Google Maps for directions to the point", () => {
    expect(directionsUrl(buonMaThuot)).toBe("https://www.google.com/maps/dir/?api=1&destination=12.6841,108.0412")
  })

  it("keeps every point inside the locator map, north up", () => {
    const north = project({ latitude: 13.4, longitude: 108 })
    const south = project({ latitude: 12.2, longitude: 108 })
    expect(north.y).toBeLessThan(south.y)
    const outside = project({ latitude: 20, longitude: 120 })
    expect(outside).toEqual({ x: LOCATOR_WIDTH, y: 0 })
    expect(project({ latitude: 0, longitude: 0 })).toEqual({ x: 0, y: LOCATOR_HEIGHT })
  })
})
