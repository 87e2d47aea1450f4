import { describe, expect, it } from "vitest"
import { insideDakLak } from "./geo"

const at = (latitude: number, longitude: number) => ({ latitude, longitude })

describe("the outline of Đắk Lắk", () => {
  it("holds the towns of the old Đắk Lắk and of the old Phú Yên", () => {
    const towns = {
      "Buôn Ma Thuột": at(12.667, 108.038),
      "Buôn Hồ": at(12.917, 108.267),
      "Ea Drăng (Ea H'leo)": at(13.205, 108.222),
      "Ea Súp": at(13.07, 107.88),
      "Buôn Đôn": at(12.885, 107.787),
      "Liên Sơn (Lắk)": at(12.41, 108.18),
      "M'Đrắk": at(12.72, 108.77),
      "Tuy Hòa": at(13.095, 109.3),
      "Sông Cầu": at(13.45, 109.22),
      "Củng Sơn (Sơn Hòa)": at(13.05, 108.98),
      "La Hai (Đồng Xuân)": at(13.37, 109.1),
      "Hai Riêng (Sông Hinh)": at(12.97, 108.9),
    }
    for (const [town, point] of Object.entries(towns)) expect([town, insideDakLak(point)]).toEqual([town, true])
  })

  it("leaves out the neighbours' towns, and coordinates with swapped or mistyped digits", () => {
    const outside = {
      "Pleiku (Gia Lai)": at(13.983, 108.0),
      "Ayun Pa (Gia Lai)": at(13.39, 108.44),
      "Phú Túc (Krông Pa, Gia Lai)": at(13.23, 108.66),
      "Quy Nhơn (Bình Định)": at(13.78, 109.22),
      "Nha Trang (Khánh Hòa)": at(12.24, 109.19),
      "Khánh Vĩnh (Khánh Hòa)": at(12.27, 108.89),
      "Đà Lạt (Lâm Đồng)": at(11.94, 108.44),
      "Đắk Mil (old Đắk Nông)": at(12.45, 107.62),
      "Gia Nghĩa (old Đắk Nông)": at(12.0, 107.69),
      "Sen Monorom (Cambodia)": at(12.45, 107.2),
      "latitude and longitude swapped": at(108.038, 12.667),
      "Buôn Ma Thuột with a digit dropped": at(1.2667, 108.038),
    }
    for (const [place, point] of Object.entries(outside)) expect([place, insideDakLak(point)]).toEqual([place, false])
  })
})
