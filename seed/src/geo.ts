/**
 * Đắk Lắk as it has been since 1 July 2025 (the old Đắk Lắk plus the old Phú Yên), as a coarse outline: about
 * twenty points along the borders with Gia Lai, Bình Định, the sea, Khánh Hòa, Lâm Đồng (the old Đắk Nông) and
 * Cambodia, good to some ten kilometres. Enough to catch a coordinate typed with swapped or mistyped digits,
 * or one in a neighbouring town (Ayun Pa, Đắk Mil, Khánh Vĩnh), which a bounding box lets through.
 * Points are [latitude, longitude], clockwise from the Cambodian border in the north-west.
 */
export const DAK_LAK_OUTLINE: readonly (readonly [number, number])[] = [
  [13.45, 107.55], // Ea Súp: Cambodia, Gia Lai
  [13.42, 108.0],
  [13.46, 108.3], // Ea H'leo: Gia Lai
  [13.2, 108.45], // Krông Năng: Ayun Pa stays out
  [13.05, 108.62], // Ea Kar: Krông Pa stays out
  [13.45, 108.8], // old Phú Yên: Sơn Hòa, Đồng Xuân
  [13.73, 108.95],
  [13.63, 109.25], // Sông Cầu: Bình Định
  [13.2, 109.36], // the coast: Tuy An, Tuy Hòa
  [12.88, 109.48], // Mũi Điện
  [12.71, 109.3], // Đông Hòa: Khánh Hòa
  [12.75, 108.97], // Sông Hinh, M'Đrắk: Khánh Hòa
  [12.45, 108.86],
  [12.3, 108.65], // Krông Bông: Khánh Vĩnh stays out
  [12.14, 108.35], // Chư Yang Sin, Lắk: Lâm Đồng
  [12.14, 108.05],
  [12.35, 107.9], // Krông Ana: the Sêrêpốk, old Đắk Nông
  [12.55, 107.75],
  [12.75, 107.8],
  [12.8, 107.55], // Buôn Đôn: Cambodia
  [13.1, 107.47],
]

/** Whether a point lies inside the outline (ray casting). */
export function insideDakLak({ latitude, longitude }: { latitude: number; longitude: number }): boolean {
  let inside = false
  for (let i = 0, j = DAK_LAK_OUTLINE.length - 1; i < DAK_LAK_OUTLINE.length; j = i++) {
    const [latI, lngI] = DAK_LAK_OUTLINE[i]!
    const [latJ, lngJ] = DAK_LAK_OUTLINE[j]!
    if (latI > latitude !== latJ > latitude && longitude < ((lngJ - lngI) * (latitude - latI)) / (latJ - latI) + lngI) {
      inside = !inside
    }
  }
  return inside
}
