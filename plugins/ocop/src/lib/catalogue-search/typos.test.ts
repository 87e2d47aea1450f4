import { correctTypos, editDistance } from "./typos"

const vocabulary = new Map([
  ["ca", 40], ["phe", 30], ["cao", 8], ["mat", 6], ["ong", 9], ["hoa", 7], ["honey", 4], ["robusta", 5],
  ["krong", 12], ["nang", 3], ["pac", 3], ["macadamia", 2], ["phin", 2],
])

describe("correctTypos", () => {
  it("replaces a word no product has by the catalogue word one edit away (\"ca phee\" → \"ca phe\", \"mat ongg\" → \"mat ong\")", () => {
    expect(correctTypos("ca phee", vocabulary)).toBe("ca phe")
    expect(correctTypos("mat ongg", vocabulary)).toBe("mat ong")
    expect(correctTypos("honye", vocabulary)).toBe("honey")
    expect(correctTypos("krogn nang", vocabulary)).toBe("krong nang")
  })

  it("folds accents first, so a typo typed with accents is corrected too", () => {
    expect(correctTypos("cà phêe", vocabulary)).toBe("ca phe")
  })

  it("allows two typos from eight letters and none under four", () => {
    expect(correctTypos("macadamai", vocabulary)).toBe("macadamia")
    expect(correctTypos("macademai", vocabulary)).toBe("macadamia")
    expect(correctTypos("phn", vocabulary)).toBeNull()
    expect(correctTypos("robustaaa", vocabulary)).toBe("robusta")
  })

  it("prefers the nearer word, then the more frequent one", () => {
    expect(correctTypos("phen", vocabulary)).toBe("phe")
  })

  it("answers null when every word is known or nothing is near", () => {
    expect(correctTypos("ca phe", vocabulary)).toBeNull()
    expect(correctTypos("xe may dien", vocabulary)).toBeNull()
  })
})

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("phe", "phe")).toBe(0)
    expect(editDistance("hpe", "phe")).toBe(1)
    expect(editDistance("phee", "phe")).toBe(1)
    expect(editDistance("kitten", "sitting")).toBe(3)
  })
})
