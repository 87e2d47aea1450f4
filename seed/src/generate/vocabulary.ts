/**
 * The words the generator builds synthetic products and producers from: Đắk Lắk's real OCOP product kinds, with
 * the packs and prices seen in the province's shops, and the names people and organisations there carry.
 */
import type { GroupRef, TypicalProduct } from "@ocop/medusa-plugin-ocop/rules"
import type { Motif } from "../images/illustration"

export type Pack = {
  /** Variant title and option value, Vietnamese. */
  vi: string
  /** The variant's title on English pages. */
  en: string
  /** Price of this pack in đồng, as a [low, high] range; rounded to thousands when drawn. */
  price: readonly [number, number]
}

export type ProductKind = {
  key: string
  /** How common the kind is among the province's certified products (relative). */
  weight: number
  motif: Motif
  /** Placement through rules.ts' TYPICAL_PLACEMENT, or the group itself when no typical product fits. */
  typical?: TypicalProduct
  group?: GroupRef
  /** The trade of a producer that specialises in the kind, as its name and story say it. */
  trade: readonly [vi: string, en: string]
  option: string
  names: readonly (readonly [vi: string, en: string])[]
  subtitles: readonly (readonly [vi: string, en: string])[]
  /** Smallest first: the generator keeps a product's packs in this order, so prices rise with them. */
  packs: readonly Pack[]
  about: readonly [vi: string, en: string]
}

export const PRODUCT_KINDS: readonly ProductKind[] = [
  {
    key: "coffee",
    weight: 20,
    motif: "coffee-beans",
    typical: "coffee",
    trade: ["Cà phê", "coffee"],
    option: "Khối lượng",
    names: [
      ["Cà phê rang xay", "ground coffee"],
      ["Cà phê Robusta rang mộc", "plain-roast Robusta"],
      ["Cà phê hạt rang", "roasted coffee beans"],
      ["Cà phê bột nguyên chất", "pure ground coffee"],
      ["Cà phê Culi", "peaberry coffee"],
      ["Cà phê Arabica", "Arabica coffee"],
    ],
    subtitles: [
      ["Rang mộc, không tẩm hương liệu", "Plain roast, no added flavouring"],
      ["Xay vừa, hợp pha phin", "Medium grind for the phin"],
      ["Hái chín trên 90%, phơi giàn", "Picked over 90% ripe, dried on raised beds"],
      ["Hạt nguyên, rang vừa", "Whole bean, medium roast"],
    ],
    packs: [
      { vi: "Gói 250 g", en: "Pack 250 g", price: [70_000, 140_000] },
      { vi: "Gói 500 g", en: "Pack 500 g", price: [130_000, 260_000] },
      { vi: "Gói 1 kg", en: "Pack 1 kg", price: [250_000, 480_000] },
    ],
    about: [
      "Cà phê trồng trên đất đỏ bazan, thu hái và sơ chế tại vườn, rang theo mẻ nhỏ.",
      "Coffee grown on red basalt soil, picked and processed on the farm, roasted in small batches.",
    ],
  },
  {
    key: "drip-coffee",
    weight: 4,
    motif: "coffee-cup",
    typical: "coffee",
    trade: ["Cà phê", "coffee"],
    option: "Quy cách",
    names: [
      ["Cà phê phin giấy", "drip-bag coffee"],
      ["Cà phê hòa tan", "instant coffee"],
      ["Cà phê sữa hòa tan 3 trong 1", "3-in-1 instant milk coffee"],
    ],
    subtitles: [
      ["Tiện mang đi, pha trong ba phút", "Easy to take along, ready in three minutes"],
      ["Từ Robusta rang mộc", "Made from plain-roast Robusta"],
    ],
    packs: [
      { vi: "Hộp 10 gói", en: "Box of 10 sachets", price: [60_000, 120_000] },
      { vi: "Hộp 20 gói", en: "Box of 20 sachets", price: [110_000, 220_000] },
    ],
    about: [
      "Cà phê Robusta của vùng được rang, xay và đóng gói ngay tại cơ sở.",
      "Local Robusta roasted, ground and packed on site.",
    ],
  },
  {
    key: "weasel-coffee",
    weight: 2,
    motif: "weasel-coffee",
    typical: "coffee",
    trade: ["Cà phê", "coffee"],
    option: "Khối lượng",
    names: [
      ["Cà phê chồn", "civet coffee"],
      ["Cà phê chồn hạt rang", "roasted civet coffee beans"],
    ],
    subtitles: [["Chồn nuôi có phép, hạt ủ sáu tháng", "From licensed farmed civets, beans aged six months"]],
    packs: [
      { vi: "Gói 250 g", en: "Pack 250 g", price: [450_000, 900_000] },
      { vi: "Gói 500 g", en: "Pack 500 g", price: [850_000, 1_700_000] },
    ],
    about: [
      "Hạt cà phê chín qua tiêu hóa của chồn hương được rửa sạch, phơi khô và rang nhẹ.",
      "Ripe coffee cherries passed by civets, washed, dried and lightly roasted.",
    ],
  },
  {
    key: "honey",
    weight: 10,
    motif: "honey-jar",
    typical: "honey",
    trade: ["Mật ong", "honey"],
    option: "Dung tích",
    names: [
      ["Mật ong hoa cà phê", "coffee-blossom honey"],
      ["Mật ong rừng", "forest honey"],
      ["Mật ong đa hoa", "wildflower honey"],
      ["Mật ong hoa cao su", "rubber-blossom honey"],
    ],
    subtitles: [
      ["Mật vụ xuân, kiểm nghiệm từng lô", "Spring harvest, every batch lab-tested"],
      ["Không pha đường, không cô đặc", "No added sugar, not concentrated"],
      ["Có mã truy xuất nguồn gốc", "With a traceability code"],
    ],
    packs: [
      { vi: "Chai 500 ml", en: "Bottle 500 ml", price: [110_000, 220_000] },
      { vi: "Chai 1 lít", en: "Bottle 1 litre", price: [200_000, 420_000] },
    ],
    about: [
      "Mật được quay từ các trại ong đặt giữa vườn cây, lọc thô và đóng chai không qua gia nhiệt.",
      "Honey spun from hives among the orchards, coarsely filtered and bottled without heating.",
    ],
  },
  {
    key: "pepper",
    weight: 9,
    motif: "pepper",
    typical: "pepper",
    trade: ["Hồ tiêu", "pepper"],
    option: "Khối lượng",
    names: [
      ["Hồ tiêu đen", "black pepper"],
      ["Tiêu xay", "ground pepper"],
      ["Tiêu sọ trắng", "white pepper"],
      ["Tiêu đỏ", "red pepper"],
    ],
    subtitles: [
      ["Hạt chắc, phơi nắng tự nhiên", "Firm peppercorns, sun-dried"],
      ["Lọ thủy tinh có nắp rắc", "Glass jar with a shaker lid"],
      ["Canh tác theo hướng hữu cơ", "Grown the organic way"],
    ],
    packs: [
      { vi: "Lọ 100 g", en: "Jar 100 g", price: [35_000, 70_000] },
      { vi: "Gói 250 g", en: "Pack 250 g", price: [70_000, 150_000] },
      { vi: "Gói 500 g", en: "Pack 500 g", price: [130_000, 280_000] },
    ],
    about: [
      "Tiêu hái chín, tuốt và phơi trên sân xi măng sạch, sàng lọc hạt lép trước khi đóng gói.",
      "Ripe pepper stripped and dried on clean yards, with light corns sieved out before packing.",
    ],
  },
  {
    key: "macadamia",
    weight: 6,
    motif: "macadamia",
    typical: "macadamia",
    trade: ["Mắc ca", "macadamia"],
    option: "Khối lượng",
    names: [
      ["Mắc ca rang muối", "salt-roasted macadamia"],
      ["Nhân mắc ca sấy", "dried macadamia kernels"],
      ["Mắc ca nứt vỏ", "cracked macadamia"],
    ],
    subtitles: [
      ["Hạt loại 1, kèm dụng cụ tách", "Grade 1 nuts, with an opener"],
      ["Sấy lạnh, giữ vị béo", "Cold-dried to keep the richness"],
    ],
    packs: [
      { vi: "Hộp 500 g", en: "Box 500 g", price: [150_000, 260_000] },
      { vi: "Túi 1 kg", en: "Bag 1 kg", price: [280_000, 480_000] },
    ],
    about: [
      "Mắc ca trồng xen trong vườn cà phê, tách vỏ xanh trong ngày và sấy nhiều ngày ở nhiệt độ thấp.",
      "Macadamia grown among the coffee, husked the day it falls and dried for days at low heat.",
    ],
  },
  {
    key: "cacao",
    weight: 3,
    motif: "cacao",
    typical: "cacao",
    trade: ["Ca cao", "cacao"],
    option: "Khối lượng",
    names: [
      ["Bột ca cao nguyên chất", "pure cacao powder"],
      ["Hạt ca cao lên men", "fermented cacao beans"],
      ["Ngòi ca cao", "cacao nibs"],
    ],
    subtitles: [["Không đường, không sữa", "No sugar, no milk"], ["Lên men sáu ngày", "Fermented for six days"]],
    packs: [
      { vi: "Gói 250 g", en: "Pack 250 g", price: [80_000, 150_000] },
      { vi: "Gói 500 g", en: "Pack 500 g", price: [150_000, 280_000] },
    ],
    about: [
      "Quả ca cao chín được lên men trong thùng gỗ, phơi khô rồi rang và nghiền tại cơ sở.",
      "Ripe cacao fermented in wooden boxes, sun-dried, then roasted and ground on site.",
    ],
  },
  {
    key: "chocolate",
    weight: 2,
    motif: "chocolate",
    typical: "cacao",
    trade: ["Ca cao", "cacao"],
    option: "Quy cách",
    names: [
      ["Sô-cô-la đen 70%", "70% dark chocolate"],
      ["Sô-cô-la sữa mắc ca", "milk chocolate with macadamia"],
    ],
    subtitles: [["Từ hạt đến thanh", "Bean to bar"]],
    packs: [
      { vi: "Thanh 50 g", en: "Bar 50 g", price: [45_000, 80_000] },
      { vi: "Hộp 4 thanh", en: "Box of 4 bars", price: [170_000, 300_000] },
    ],
    about: [
      "Sô-cô-la làm từ hạt ca cao của vùng, conche 48 giờ, không dùng chất béo thay thế.",
      "Chocolate from the region's own cacao, conched for 48 hours, with no substitute fats.",
    ],
  },
  {
    key: "durian",
    weight: 5,
    motif: "durian",
    typical: "durian",
    trade: ["Sầu riêng", "durian"],
    option: "Quy cách",
    names: [
      ["Sầu riêng Ri6", "Ri6 durian"],
      ["Sầu riêng Dona", "Dona durian"],
      ["Sầu riêng Musang King", "Musang King durian"],
    ],
    subtitles: [
      ["Quả tươi từ vùng trồng có mã số", "Fresh fruit from a registered orchard"],
      ["Chín cây, cơm vàng ráo", "Tree-ripened, dry golden flesh"],
    ],
    packs: [
      { vi: "Quả 2–3 kg", en: "Fruit 2–3 kg", price: [180_000, 350_000] },
      { vi: "Thùng 10 kg", en: "Carton 10 kg", price: [700_000, 1_200_000] },
    ],
    about: [
      "Sầu riêng cắt khi già, để chín tự nhiên, không dùng thuốc giục chín.",
      "Durian cut when mature and left to ripen naturally, with no ripening agents.",
    ],
  },
  {
    key: "dried-durian",
    weight: 3,
    motif: "durian",
    typical: "freeze_dried_durian",
    trade: ["Nông sản sấy", "dried fruit"],
    option: "Khối lượng",
    names: [
      ["Sầu riêng sấy thăng hoa", "freeze-dried durian"],
      ["Sầu riêng sấy giòn", "crispy dried durian"],
    ],
    subtitles: [["Giòn xốp, giữ nguyên vị", "Crisp, with the taste of ripe durian"]],
    packs: [
      { vi: "Túi 100 g", en: "Bag 100 g", price: [120_000, 220_000] },
      { vi: "Hộp 250 g", en: "Box 250 g", price: [280_000, 500_000] },
    ],
    about: [
      "Cơm sầu riêng chín được cấp đông rồi sấy chân không ở nhiệt độ thấp, không thêm đường.",
      "Ripe durian flesh frozen, then vacuum-dried at low temperature, with no added sugar.",
    ],
  },
  {
    key: "avocado",
    weight: 4,
    motif: "avocado",
    typical: "avocado",
    trade: ["Trái cây", "fruit"],
    option: "Quy cách",
    names: [
      ["Bơ booth", "booth avocado"],
      ["Bơ sáp 034", "034 butter avocado"],
      ["Bơ Hass", "Hass avocado"],
    ],
    subtitles: [["Quả 300–500 g, cơm vàng dẻo", "300–500 g fruit, creamy yellow flesh"]],
    packs: [
      { vi: "Hộp 1 kg", en: "Box 1 kg", price: [45_000, 90_000] },
      { vi: "Thùng 5 kg", en: "Carton 5 kg", price: [200_000, 400_000] },
    ],
    about: [
      "Bơ trồng xen trong vườn cà phê, hái già và giao trong hai ngày.",
      "Avocados grown among the coffee, picked mature and delivered within two days.",
    ],
  },
  {
    key: "rice-wine",
    weight: 4,
    motif: "rice-wine",
    typical: "rice_wine",
    trade: ["Rượu cần", "rice wine"],
    option: "Dung tích",
    names: [
      ["Rượu cần", "rice wine"],
      ["Rượu cần men lá", "forest-leaf rice wine"],
    ],
    subtitles: [["Ủ trong ché sành", "Brewed in stoneware jars"], ["Men lá rừng, gạo rẫy", "Forest-leaf yeast, upland rice"]],
    packs: [
      { vi: "Ché 2 lít", en: "Jar 2 litres", price: [180_000, 320_000] },
      { vi: "Ché 5 lít", en: "Jar 5 litres", price: [380_000, 650_000] },
    ],
    about: [
      "Rượu cần ủ theo cách của buôn làng, men làm từ lá và rễ cây rừng, uống bằng cần trúc.",
      "Rice wine brewed the village way, with yeast of forest leaves and roots, drunk through bamboo straws.",
    ],
  },
  {
    key: "brocade",
    weight: 4,
    motif: "brocade",
    typical: "brocade",
    trade: ["Dệt thổ cẩm", "brocade weaving"],
    option: "Loại",
    names: [
      ["Khăn thổ cẩm", "brocade scarf"],
      ["Túi thổ cẩm", "brocade bag"],
      ["Váy thổ cẩm", "brocade skirt"],
    ],
    subtitles: [["Dệt tay trên khung đeo lưng", "Hand-woven on a backstrap loom"], ["Hoa văn truyền thống", "Traditional patterns"]],
    packs: [
      { vi: "Cỡ nhỏ", en: "Small", price: [150_000, 350_000] },
      { vi: "Cỡ lớn", en: "Large", price: [400_000, 1_200_000] },
    ],
    about: [
      "Thổ cẩm do phụ nữ trong buôn dệt bằng sợi bông nhuộm màu tự nhiên từ vỏ cây và lá rừng.",
      "Brocade woven by the village's women from cotton dyed with bark and forest leaves.",
    ],
  },
  {
    key: "herbs",
    weight: 5,
    motif: "herbal",
    typical: "herbs",
    trade: ["Dược liệu", "medicinal herbs"],
    option: "Quy cách",
    names: [
      ["Trà đinh lăng", "Polyscias herbal tea"],
      ["Tinh dầu sả chanh", "lemongrass essential oil"],
      ["Tinh bột nghệ", "turmeric starch"],
      ["Trà gừng", "ginger tea"],
    ],
    subtitles: [["Chưng cất hơi nước, nguyên chất", "Steam-distilled, pure"], ["Phơi trong nhà lưới", "Dried under a net house"]],
    packs: [
      { vi: "Hộp nhỏ", en: "Small box", price: [60_000, 120_000] },
      { vi: "Hộp lớn", en: "Large box", price: [110_000, 240_000] },
    ],
    about: [
      "Dược liệu trồng dưới tán rừng, thu hái đúng mùa và sơ chế tại chỗ.",
      "Herbs grown under forest cover, harvested in season and processed on the spot.",
    ],
  },
  {
    key: "rice",
    weight: 4,
    motif: "rice",
    group: { group: "food", sub_group: "raw_preprocessed" },
    trade: ["Lúa gạo", "rice"],
    option: "Khối lượng",
    names: [
      ["Gạo thơm", "fragrant rice"],
      ["Gạo sạch", "clean rice"],
      ["Gạo lứt đỏ", "red brown rice"],
    ],
    subtitles: [["Xay theo đơn, không chất bảo quản", "Milled to order, no preservatives"]],
    packs: [
      { vi: "Túi 5 kg", en: "Bag 5 kg", price: [110_000, 180_000] },
      { vi: "Bao 10 kg", en: "Sack 10 kg", price: [210_000, 340_000] },
    ],
    about: [
      "Lúa trồng trên ruộng ven sông, phơi khô và xay xát theo từng đơn hàng.",
      "Rice grown on riverside fields, dried and milled for each order.",
    ],
  },
  {
    key: "tourism",
    weight: 1,
    motif: "tourism",
    typical: "community_tourism",
    trade: ["Du lịch cộng đồng", "community tourism"],
    option: "Vé",
    names: [
      ["Du lịch cộng đồng", "community tourism"],
      ["Trải nghiệm một ngày ở buôn", "a day in the village"],
    ],
    subtitles: [["Nhà dài, cồng chiêng và bữa cơm buôn", "Longhouses, gongs and a village meal"]],
    packs: [
      { vi: "Trẻ em", en: "Child", price: [120_000, 300_000] },
      { vi: "Người lớn", en: "Adult", price: [250_000, 600_000] },
    ],
    about: [
      "Một ngày cùng người Ê Đê, M'nông trong buôn: nhà dài, cồng chiêng, dệt thổ cẩm và bữa cơm truyền thống.",
      "A day with the Ê Đê and M'nông in their village: longhouses, gongs, brocade weaving and a traditional meal.",
    ],
  },
]

/** Shares of the national register in May 2024 (ocop-domain.md): 32.5% cooperatives, 22% enterprises, 40.3% households. */
export const PRODUCER_KIND_SHARES = [
  ["cooperative", 32.5],
  ["enterprise", 22],
  ["household", 40.3],
  ["cooperative_group", 5.2],
] as const

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
export const MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Hoài"]
export const GIVEN_NAMES = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Yến"]
/** Ê Đê and M'nông names: Y for men, H' for women, then the clan name. */
export const HIGHLAND_GIVEN = ["Y Bhim", "Y Sao", "Y Khu", "Y Jut", "Y Thông", "H'Linh", "H'Nhoi", "H'Yăm", "H'Loan", "H'Bia"]
export const HIGHLAND_CLANS = ["Niê", "Êban", "Mlô", "Byă", "Ksơr", "Adrơng", "Buôn Yă", "Hwing", "Kdoh", "Ayŭn"]

/** Words cooperatives and companies here name themselves with. */
export const BRAND_WORDS = [
  "Thành Công", "Hưng Thịnh", "Tân Tiến", "Đồng Tâm", "Phú Lộc", "Sao Mai", "Hòa Bình", "Thịnh Phát", "Xanh",
  "Bazan", "Cao Nguyên", "Đất Đỏ", "Ban Mê", "Hoa Sen", "Phước An", "Tây Nguyên", "Rạng Đông", "Hợp Lực",
]

export const MOBILE_PREFIXES = ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89"]
