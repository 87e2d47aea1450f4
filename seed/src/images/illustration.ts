/**
 * Product pictures drawn by the seed itself: no photo can be downloaded here, and an honest illustration of
 * the product's kind, with its name, beats a stock photo of something else. Plain SVG: a few hundred bytes,
 * sharp at any size, and the browser draws the Vietnamese text with its own fonts.
 */

export type Motif =
  | "coffee-beans"
  | "coffee-cup"
  | "weasel-coffee"
  | "honey-jar"
  | "pepper"
  | "macadamia"
  | "cacao"
  | "chocolate"
  | "durian"
  | "avocado"
  | "rice-wine"
  | "brocade"
  | "herbal"
  | "tea"
  | "tourism"
  | "rice"
  | "fruit"

type Palette = { from: string; to: string; accent: string; ink: string }

const PALETTES: Record<Motif, Palette> = {
  "coffee-beans": { from: "#f3e3cf", to: "#d9b48f", accent: "#6b3e26", ink: "#3b2417" },
  "coffee-cup": { from: "#f6e7d7", to: "#dcb996", accent: "#7a4a2e", ink: "#3b2417" },
  "weasel-coffee": { from: "#efe4d2", to: "#c9a57c", accent: "#5a3520", ink: "#2f1c12" },
  "honey-jar": { from: "#fff4d1", to: "#f6c453", accent: "#d98e04", ink: "#5c3a00" },
  pepper: { from: "#eef5e4", to: "#b9d59a", accent: "#2f3b24", ink: "#1f2a17" },
  macadamia: { from: "#f7efe3", to: "#e0c7a3", accent: "#8a5a33", ink: "#4a2f1a" },
  cacao: { from: "#f8e6dc", to: "#d99b7a", accent: "#8c3b1f", ink: "#4a1d0e" },
  chocolate: { from: "#f4e4da", to: "#c99479", accent: "#5b2c16", ink: "#3a1a0c" },
  durian: { from: "#f4f6dc", to: "#cfd98a", accent: "#6f8f1f", ink: "#34440c" },
  avocado: { from: "#eef6e2", to: "#a9cf7f", accent: "#3f6b1f", ink: "#23401a" },
  "rice-wine": { from: "#f2ece4", to: "#c7b39a", accent: "#6e4b2a", ink: "#3b2a18" },
  brocade: { from: "#f7e4e1", to: "#d8837a", accent: "#a3251c", ink: "#2a0d0a" },
  herbal: { from: "#e9f5ec", to: "#9fd0ae", accent: "#2e7d4f", ink: "#173d27" },
  tea: { from: "#eef6e6", to: "#b4d79b", accent: "#4b7d2a", ink: "#24401a" },
  tourism: { from: "#e3f1f7", to: "#9ccbe0", accent: "#2d6f8f", ink: "#153646" },
  rice: { from: "#f7f3e3", to: "#e2d39a", accent: "#a8892b", ink: "#4a3c10" },
  fruit: { from: "#fdf0e4", to: "#f2b98a", accent: "#d2662a", ink: "#5a2a0c" },
}

const bean = (x: number, y: number, r: number, fill: string, rotate = 0) =>
  `<g transform="translate(${x} ${y}) rotate(${rotate})"><ellipse rx="${r}" ry="${r * 0.72}" fill="${fill}"/>` +
  `<path d="M${-r * 0.8} 0 C ${-r * 0.3} ${-r * 0.35}, ${r * 0.3} ${r * 0.35}, ${r * 0.8} 0" stroke="#f3e3cf" stroke-width="${r * 0.12}" fill="none" stroke-linecap="round"/></g>`

const leaf = (x: number, y: number, size: number, fill: string, rotate = 0) =>
  `<g transform="translate(${x} ${y}) rotate(${rotate})"><path d="M0 0 C ${size * 0.5} ${-size * 0.45}, ${size} ${-size * 0.2}, ${size * 1.2} 0 C ${size} ${size * 0.2}, ${size * 0.5} ${size * 0.45}, 0 0 Z" fill="${fill}"/>` +
  `<path d="M0 0 L ${size * 1.15} 0" stroke="#ffffff" stroke-opacity=".45" stroke-width="${size * 0.04}"/></g>`

function motifArt(motif: Motif, p: Palette): string {
  switch (motif) {
    case "coffee-beans":
      return [bean(330, 300, 70, p.accent, -20), bean(460, 280, 62, p.ink, 25), bean(400, 400, 76, p.accent, 10), bean(280, 420, 52, p.ink, 60), bean(520, 410, 56, p.accent, -40)].join("")
    case "weasel-coffee":
      return leaf(240, 250, 170, "#4f7a2c", -25) + [bean(380, 330, 72, p.accent, -15), bean(500, 380, 60, p.ink, 30), bean(360, 450, 58, p.ink, 70)].join("")
    case "coffee-cup":
      return `<path d="M250 280 h260 v120 a130 110 0 0 1 -260 0 z" fill="#ffffff"/><path d="M510 310 a60 55 0 1 1 0 110" stroke="#ffffff" stroke-width="26" fill="none"/>` +
        `<ellipse cx="380" cy="282" rx="130" ry="26" fill="${p.accent}"/><path d="M330 200 c -20 -30 20 -40 0 -70 M390 200 c -20 -30 20 -40 0 -70 M450 200 c -20 -30 20 -40 0 -70" stroke="${p.ink}" stroke-opacity=".35" stroke-width="10" fill="none" stroke-linecap="round"/>` +
        `<ellipse cx="380" cy="520" rx="210" ry="26" fill="${p.ink}" fill-opacity=".15"/>`
    case "honey-jar":
      return `<rect x="270" y="210" width="260" height="56" rx="14" fill="${p.ink}"/><path d="M255 270 h290 v210 a40 40 0 0 1 -40 40 h-210 a40 40 0 0 1 -40 -40 z" fill="${p.accent}"/>` +
        `<rect x="300" y="330" width="200" height="110" rx="12" fill="#fff8e6"/><path d="M330 372 l20 -12 20 12 v24 l-20 12 -20 -12 z M370 372 l20 -12 20 12 v24 l-20 12 -20 -12 z M410 372 l20 -12 20 12 v24 l-20 12 -20 -12 z" fill="${p.to}"/>` +
        `<path d="M300 270 v40 a14 14 0 0 0 28 0 v-20 a12 12 0 0 0 24 0 v-20" fill="${p.accent}"/>`
    case "pepper":
      return `<path d="M260 230 C 330 300, 380 360, 420 520" stroke="#4f7a2c" stroke-width="14" fill="none" stroke-linecap="round"/>` + leaf(300, 260, 150, "#5f8f34", -70) +
        Array.from({ length: 22 }, (_, i) => {
          const t = i / 21
          const x = 300 + t * 120 + Math.sin(i * 1.7) * 38
          const y = 290 + t * 210 + Math.cos(i * 2.3) * 18
          return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${18 + (i % 3) * 3}" fill="${i % 4 === 0 ? "#8a2d1c" : p.accent}"/>`
        }).join("")
    case "macadamia":
      return [
        [320, 320, 80],
        [470, 340, 72],
        [390, 450, 78],
      ]
        .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${p.accent}"/><circle cx="${x! - r! * 0.25}" cy="${y! - r! * 0.25}" r="${r! * 0.55}" fill="#f5e6c8"/>`)
        .join("") + leaf(520, 230, 120, "#4f7a2c", -30)
    case "cacao":
      return `<g transform="translate(400 360) rotate(-25)"><ellipse rx="190" ry="110" fill="${p.accent}"/>` +
        [-120, -60, 0, 60, 120].map((x) => `<path d="M${x} -100 Q ${x + 25} 0 ${x} 100" stroke="${p.ink}" stroke-opacity=".35" stroke-width="10" fill="none"/>`).join("") +
        `</g>` + leaf(560, 230, 110, "#4f7a2c", 20)
    case "chocolate":
      return `<rect x="250" y="220" width="300" height="300" rx="18" fill="${p.accent}"/>` +
        [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => `<rect x="${268 + c * 94}" y="${238 + r * 94}" width="78" height="78" rx="8" fill="${p.ink}" fill-opacity=".35"/>`)).join("") +
        `<path d="M500 220 l50 0 0 60 z" fill="#f4e4da"/>`
    case "durian":
      return `<ellipse cx="400" cy="370" rx="170" ry="150" fill="${p.accent}"/>` +
        Array.from({ length: 40 }, (_, i) => {
          const a = (i / 40) * Math.PI * 2
          const x = 400 + Math.cos(a) * (120 + (i % 2) * 30) * 1.05
          const y = 370 + Math.sin(a) * (100 + (i % 2) * 28)
          return `<path d="M${(x - 14).toFixed(0)} ${(y + 10).toFixed(0)} L ${x.toFixed(0)} ${(y - 22).toFixed(0)} L ${(x + 14).toFixed(0)} ${(y + 10).toFixed(0)} Z" fill="${p.ink}" fill-opacity=".45"/>`
        }).join("") + `<rect x="392" y="190" width="16" height="50" rx="6" fill="#6b4a22"/>`
    case "avocado":
      return `<path d="M400 180 C 300 180, 250 330, 260 420 C 270 520, 340 560, 400 560 C 460 560, 530 520, 540 420 C 550 330, 500 180, 400 180 Z" fill="${p.accent}"/>` +
        `<path d="M400 215 C 325 215, 290 340, 298 420 C 305 500, 355 528, 400 528 C 445 528, 495 500, 502 420 C 510 340, 475 215, 400 215 Z" fill="#d9ec9c"/><circle cx="400" cy="430" r="70" fill="#8a5a2b"/>`
    case "rice-wine":
      return `<path d="M320 250 h160 l30 40 c 60 40 70 160 20 230 h-260 c -50 -70 -40 -190 20 -230 z" fill="${p.accent}"/>` +
        `<path d="M300 380 h200" stroke="#e9d8b8" stroke-width="16"/><path d="M300 420 h200" stroke="${p.ink}" stroke-width="10"/>` +
        `<path d="M380 250 C 360 180, 300 150, 240 140 M420 250 C 440 180, 500 150, 560 140" stroke="#c2a45a" stroke-width="12" fill="none" stroke-linecap="round"/>`
    case "brocade":
      return [0, 1, 2, 3, 4].map((row) =>
        `<rect x="200" y="${200 + row * 66}" width="400" height="66" fill="${row % 2 ? p.ink : p.accent}"/>` +
        Array.from({ length: 8 }, (_, i) => `<path d="M${212 + i * 47} ${233 + row * 66} l22 -24 22 24 -22 24 z" fill="${row % 2 ? p.accent : "#f7e4e1"}" fill-opacity=".9"/>`).join("")
      ).join("")
    case "herbal":
      return leaf(400, 460, 200, p.accent, -60) + leaf(400, 460, 180, "#46a26b", -120) + leaf(400, 460, 150, "#2e7d4f", -90) + `<path d="M400 460 v90" stroke="${p.ink}" stroke-width="12" stroke-linecap="round"/>`
    case "tea":
      return leaf(330, 420, 190, p.accent, -50) + leaf(420, 440, 170, "#6fa544", -100) + leaf(360, 360, 140, "#3f6b1f", -75)
    case "tourism":
      return `<circle cx="560" cy="220" r="56" fill="#ffd66b"/><path d="M120 480 L 300 300 L 420 420 L 520 340 L 700 480 Z" fill="${p.accent}" fill-opacity=".7"/>` +
        `<rect x="260" y="390" width="260" height="70" fill="#8a5a2b"/><path d="M240 395 L 390 330 L 540 395 Z" fill="#5b3a1a"/>` +
        [280, 330, 380, 430, 480].map((x) => `<rect x="${x}" y="460" width="10" height="50" fill="#5b3a1a"/>`).join("") +
        `<path d="M120 520 h560" stroke="#ffffff" stroke-width="10" stroke-opacity=".7"/>`
    case "rice":
      return `<path d="M400 540 C 400 420, 380 320, 300 220" stroke="${p.accent}" stroke-width="10" fill="none"/>` +
        Array.from({ length: 12 }, (_, i) => `<ellipse cx="${310 + i * 8}" cy="${240 + i * 24}" rx="14" ry="26" fill="${p.accent}" transform="rotate(-30 ${310 + i * 8} ${240 + i * 24})"/>`).join("")
    case "fruit":
      return `<circle cx="350" cy="380" r="120" fill="${p.accent}"/><circle cx="470" cy="410" r="95" fill="#f0a04b"/>` + leaf(360, 250, 110, "#4f7a2c", -40)
  }
}

/** Breaks a title into at most `maxLines` lines of about `width` characters, on spaces. */
export function wrapTitle(title: string, width = 22, maxLines = 3): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of title.split(/\s+/)) {
    if (line && (line + " " + word).length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, "")}…`
  return kept
}

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")

/** An 800 × 800 SVG of the product's kind with its name; `label` is a small caption (the place, say). */
export function productIllustration({ title, motif, label }: { title: string; motif: Motif; label?: string }) {
  const palette = PALETTES[motif] ?? PALETTES["coffee-beans"]
  const lines = wrapTitle(title)
  const text = lines
    .map((line, i) => `<text x="400" y="${640 + i * 44 - (lines.length - 1) * 22}" text-anchor="middle" font-size="36" font-weight="700" fill="${palette.ink}">${escapeXml(line)}</text>`)
    .join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" font-family="'Be Vietnam Pro','Segoe UI',Roboto,Arial,sans-serif">` +
    `<defs><linearGradient id="bg-${motif}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/></linearGradient></defs>` +
    `<rect width="800" height="800" fill="url(#bg-${motif})"/>` +
    `<circle cx="400" cy="360" r="250" fill="#ffffff" fill-opacity=".35"/>` +
    motifArt(motif, palette) +
    `<rect x="40" y="572" width="720" height="188" rx="28" fill="#ffffff" fill-opacity=".82"/>` +
    text +
    (label ? `<text x="400" y="738" text-anchor="middle" font-size="24" fill="${palette.ink}" fill-opacity=".75">${escapeXml(label)}</text>` : "") +
    `</svg>`
  )
}

export const MOTIFS = Object.keys(PALETTES) as Motif[]
