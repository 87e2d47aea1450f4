/**
 * The preview of a register import: every row of the file judged against the OCOP rules (rules.ts) and the
 * register as it stands, as one of
 * - `new`: a certification of a product that has none yet (or of a product the row creates);
 * - `renewal`: a new certificate of a product that has one; it renews the one that speaks for it today;
 * - `change`: a certificate the register has, with corrected facts (score, dates, group, revocation, the
 *   producer's contact); the columns that differ are listed;
 * - `unchanged`: exactly what the register says;
 * - `error`: with every reason in words (unknown product or producer, stars against the score's band, dates,
 *   a ward outside the province, a number twice in the file or already another product's…).
 * Each row that will write carries its plan, which confirming applies as it is (workflows/programme).
 */
import { findOldDistrict, oldDistrictOf } from "../../modules/ocop/places/old-districts"
import { findWard } from "../../modules/ocop/places"
import {
  certifyingLevel,
  checkStarsMatchScore,
  currentCertification,
  defaultExpiry,
  isCriteriaVersion,
  isGroupKnown,
  MIN_SHOWABLE_STARS,
  normalizeVietnamPhone,
} from "../../modules/ocop/rules"
import { foldVietnamese } from "../../modules/ocop/utils/fold"
import {
  COLUMN_LABELS,
  dayOf,
  fileDate,
  filePhone,
  fileScore,
  parseFileDate,
  parseKind,
  parseLevel,
  parseState,
  type RegisterColumn,
  type RegisterRow,
} from "./columns"
import { registerRowOf, type RegisterCertification, type RegisterProducer, type RegisterProduct } from "./export"

export type RowKind = "new" | "renewal" | "change" | "unchanged" | "error"

export type CertificationPlan = {
  score: number
  stars: number
  criteria_version: string
  group: string
  sub_group: string | null
  certificate_no: string | null
  decision_no: string | null
  issued_at: string
  expires_at: string | null
  renews_id: string | null
}

export type RowPlan = {
  /** The product certified: an existing one, or one the import creates (draft, no price yet). */
  product: { id: string } | { create: { title: string; handle: string } }
  producer_id: string
  /** The product has no producer yet: the import attaches this one. */
  attach_producer: boolean
  certify?: CertificationPlan
  update_certification?: { id: string; fields: Partial<Omit<CertificationPlan, "renews_id">> & { level?: string | null } }
  revoke?: { id: string; reason: string }
  update_producer?: Record<string, string | null>
}

export type JudgedRow = {
  /** The row's line in the file (the header is line 1). */
  row: number
  kind: RowKind
  cells: RegisterRow
  errors: string[]
  notes: string[]
  changes: { column: RegisterColumn; from: string; to: string }[]
  plan: RowPlan | null
}

export type RegisterContext = {
  now: Date
  /** Certifications with the given numbers, with their product and its producer. */
  byNumber: Map<string, { cert: RegisterCertification & { renews_id: string | null }; product: RegisterProduct | null; producer: RegisterProducer | null }>
  /** Products with the given or derived handles, with their certifications and producer. */
  byHandle: Map<string, RegisterProduct & { producer_id: string | null; certifications: (RegisterCertification & { renews_id: string | null })[] }>
  producers: RegisterProducer[]
}

const message = (vi: string, en: string) => `${vi} / ${en}`
const handleFrom = (title: string) => foldVietnamese(title).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
const CERTIFICATION_COLUMNS: RegisterColumn[] = ["so_quyet_dinh", "ngay_quyet_dinh", "ngay_het_han", "nhom", "phan_nhom", "bo_tieu_chi", "diem", "sao", "cap"]
const PRODUCER_COLUMNS: RegisterColumn[] = ["loai_chu_the", "nguoi_dai_dien", "dien_thoai", "email", "ma_tinh", "ma_xa", "dia_chi"]
const PRODUCER_FIELD: Partial<Record<RegisterColumn, string>> = {
  loai_chu_the: "entity_type",
  nguoi_dai_dien: "representative",
  dien_thoai: "phone",
  email: "email",
  ma_tinh: "province_code",
  ma_xa: "ward_code",
  dia_chi: "address_as_certified",
}

/** The handles and numbers a file names, for loading its context in a few queries (preview.ts). */
export function namesIn(rows: RegisterRow[]) {
  return {
    numbers: [...new Set(rows.map((r) => r.ma_chung_nhan.trim()).filter(Boolean))],
    handles: [...new Set(rows.map((r) => r.san_pham_handle.trim() || handleFrom(r.ten_san_pham)).filter(Boolean))],
  }
}

export function judgeRows(rows: RegisterRow[], context: RegisterContext): JudgedRow[] {
  const producersByName = new Map<string, RegisterProducer>()
  for (const producer of context.producers) {
    producersByName.set(foldVietnamese(producer.name), producer)
    producersByName.set(producer.handle, producer)
  }
  const seenNumbers = new Map<string, number>()
  const seenProducts = new Map<string, number>()
  const producerChanges = new Map<string, { row: number; fields: Record<string, string | null> }>()

  return rows.map((cells, index) => {
    const line = index + 2
    const errors: string[] = []
    const notes: string[] = []
    const fail = (vi: string, en: string) => errors.push(message(vi, en))

    // --- the row's own facts --------------------------------------------------------------------------
    const version = cells.bo_tieu_chi.trim()
    if (!isCriteriaVersion(version)) fail(`Không có bộ tiêu chí "${version}"`, `unknown criteria version "${version}"`)
    const score = Number(cells.diem.replace(",", "."))
    const scoreOk = cells.diem.trim() !== "" && Number.isFinite(score)
    if (!scoreOk) fail(`Điểm "${cells.diem}" không phải số`, `score "${cells.diem}" is not a number`)
    const stars = Number(cells.sao)
    const starsOk = /^[1-5]$/.test(cells.sao.trim())
    if (!starsOk) fail(`Số sao "${cells.sao}" phải từ 1 đến 5`, `stars "${cells.sao}" must be 1 to 5`)
    if (scoreOk && starsOk && isCriteriaVersion(version)) {
      const check = checkStarsMatchScore(stars, score, version)
      if (!check.ok) fail(check.message_vi, check.message_en)
    }
    const group = cells.nhom.trim()
    const subGroup = cells.phan_nhom.trim() || null
    if (isCriteriaVersion(version) && !isGroupKnown(group, subGroup, version)) {
      const name = `${group}${subGroup ? `/${subGroup}` : ""}`
      fail(`Nhóm "${name}" không có trong bộ tiêu chí ${version}`, `group "${name}" is not in criteria version ${version}`)
    }
    const expectedLevel = starsOk && isCriteriaVersion(version) ? certifyingLevel(stars, version) : null
    const level = cells.cap.trim() ? parseLevel(cells.cap) : null
    if (cells.cap.trim() && !level) fail(`Cấp "${cells.cap}" không rõ (province hoặc national)`, `level "${cells.cap}" is neither province nor national`)
    else if (starsOk && isCriteriaVersion(version) && level !== expectedLevel) {
      fail(
        `Sản phẩm ${stars} sao do ${expectedLevel === "national" ? "trung ương" : expectedLevel === "province" ? "tỉnh" : "không cấp nào"} công nhận, không phải "${cells.cap || "trống"}"`,
        `a ${stars}-star product is certified by ${expectedLevel ?? "no level"}, not "${cells.cap || "blank"}"`
      )
    }
    const number = cells.ma_chung_nhan.trim() || null
    const certified = starsOk && stars >= MIN_SHOWABLE_STARS
    if (starsOk && certified && !number) fail(`Sản phẩm ${stars} sao cần số giấy chứng nhận`, `a ${stars}-star product needs a certificate number`)
    if (starsOk && !certified && number) fail(`Sản phẩm ${stars} sao không được cấp giấy chứng nhận`, `a ${stars}-star product gets no certificate`)
    const issuedDay = parseFileDate(cells.ngay_quyet_dinh)
    if (!issuedDay) fail(`Ngày quyết định "${cells.ngay_quyet_dinh}" không hợp lệ (dạng 14/06/2024)`, `decision date "${cells.ngay_quyet_dinh}" is not a date (write 14/06/2024)`)
    const expiryDay = cells.ngay_het_han.trim() ? parseFileDate(cells.ngay_het_han) : null
    if (cells.ngay_het_han.trim() && !expiryDay) fail(`Ngày hết hạn "${cells.ngay_het_han}" không hợp lệ (dạng 14/06/2027)`, `expiry date "${cells.ngay_het_han}" is not a date (write 14/06/2027)`)
    if (issuedDay && expiryDay && expiryDay <= issuedDay) fail("Ngày hết hạn phải sau ngày quyết định", "the expiry date must come after the decision date")
    const state = cells.trang_thai.trim() ? parseState(cells.trang_thai) : null
    if (cells.trang_thai.trim() && !state) fail(`Trạng thái "${cells.trang_thai}" không rõ (valid, expired, revoked)`, `state "${cells.trang_thai}" is unknown (valid, expired, revoked)`)

    // --- the producer --------------------------------------------------------------------------------
    const producer = producersByName.get(foldVietnamese(cells.chu_the)) ?? producersByName.get(cells.chu_the.trim())
    if (!cells.chu_the.trim()) fail("Thiếu chủ thể", "the producer is missing")
    else if (!producer) fail(`Không có chủ thể "${cells.chu_the}" trong sổ: thêm chủ thể trước`, `no producer "${cells.chu_the}" in the register: add the producer first`)
    const wanted: Record<string, string | null> = {}
    if (cells.loai_chu_the.trim()) {
      const kind = parseKind(cells.loai_chu_the)
      if (!kind) fail(`Loại chủ thể "${cells.loai_chu_the}" không rõ`, `producer kind "${cells.loai_chu_the}" is unknown`)
      else wanted.entity_type = kind
    }
    if (cells.nguoi_dai_dien.trim()) wanted.representative = cells.nguoi_dai_dien.trim()
    if (cells.dien_thoai.trim()) {
      const phone = normalizeVietnamPhone(cells.dien_thoai)
      if (!phone) fail(`Số điện thoại "${cells.dien_thoai}" không hợp lệ`, `phone "${cells.dien_thoai}" is not a Vietnamese mobile number`)
      else wanted.phone = phone
    }
    if (cells.email.trim()) {
      const email = cells.email.trim().toLowerCase()
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`E-mail "${cells.email}" không hợp lệ`, `e-mail "${cells.email}" is not an address`)
      else wanted.email = email
    }
    const province = cells.ma_tinh.trim() ? cells.ma_tinh.trim().padStart(2, "0") : producer?.province_code ?? ""
    if (cells.ma_tinh.trim()) {
      if (!/^\d{2}$/.test(province)) fail(`Mã tỉnh "${cells.ma_tinh}" phải gồm 2 chữ số`, `province code "${cells.ma_tinh}" must be two digits`)
      else wanted.province_code = province
    }
    if (cells.ma_xa.trim()) {
      const raw = cells.ma_xa.trim()
      const district = /^\d+$/.test(raw) ? undefined : findOldDistrict(raw)
      const ward = district ? district.seat_ward_code : raw.padStart(5, "0")
      if (district) {
        notes.push(
          message(
            `"${raw}" là huyện cũ ${district.name}: lấy mã xã ${ward} (nơi đặt trụ sở huyện cũ), hãy kiểm tra`,
            `"${raw}" is the old district ${district.name}: ward ${ward} (its former seat) is taken, please check`
          )
        )
      }
      if (!district && !/^\d{5}$/.test(ward)) fail(`Mã xã "${raw}" phải gồm 5 chữ số hoặc là tên huyện cũ`, `ward code "${raw}" must be five digits or an old district`)
      else if (!findWard(province, ward)) fail(`Xã ${ward} không thuộc tỉnh ${province}`, `ward ${ward} is not in province ${province}`)
      else wanted.ward_code = ward
    }
    if (cells.dia_chi.trim()) {
      wanted.address_as_certified = cells.dia_chi.trim()
      const district = oldDistrictOf(cells.dia_chi)
      if (district && !cells.ma_xa.trim()) notes.push(message(`Địa chỉ ghi huyện cũ ${district.name}`, `the address names the old district ${district.name}`))
    }

    // --- the product ---------------------------------------------------------------------------------
    const givenHandle = cells.san_pham_handle.trim()
    const title = cells.ten_san_pham.trim()
    let product = givenHandle ? context.byHandle.get(givenHandle) : undefined
    let createProduct: { title: string; handle: string } | null = null
    if (givenHandle && !product) fail(`Không có sản phẩm "${givenHandle}"`, `no product "${givenHandle}"`)
    if (!givenHandle) {
      if (!title) fail("Thiếu tên sản phẩm (hoặc mã sản phẩm)", "the product's name (or handle) is missing")
      else {
        const handle = handleFrom(title)
        if (context.byHandle.has(handle)) {
          product = undefined
          fail(`Đã có sản phẩm "${handle}" cùng tên: điền san_pham_handle để cập nhật nó`, `a product "${handle}" of that name exists: fill san_pham_handle to update it`)
        } else createProduct = { title, handle }
      }
    }
    if (product && producer && product.producer_id && product.producer_id !== producer.id) {
      const owner = context.producers.find((p) => p.id === product!.producer_id)
      fail(`Sản phẩm "${product.handle}" thuộc chủ thể khác (${owner?.name ?? product.producer_id})`, `product "${product.handle}" belongs to another producer (${owner?.name ?? product.producer_id})`)
    }
    const productKey = product?.handle ?? createProduct?.handle ?? ""

    // --- duplicates in the file ----------------------------------------------------------------------
    if (number) {
      if (seenNumbers.has(number)) fail(`Số ${number} trùng với dòng ${seenNumbers.get(number)}`, `number ${number} repeats line ${seenNumbers.get(number)}`)
      else seenNumbers.set(number, line)
    }

    // --- against the register ------------------------------------------------------------------------
    const known = number ? context.byNumber.get(number) : undefined
    let existing: (RegisterCertification & { renews_id: string | null }) | undefined = known?.cert
    if (known && known.product && product && known.product.id !== product.id) {
      fail(`Số ${number} đã cấp cho sản phẩm khác ("${known.product.title}")`, `number ${number} is already another product's ("${known.product.title}")`)
      existing = undefined
    }
    if (known && createProduct) {
      fail(`Số ${number} đã cấp cho sản phẩm "${known.product?.title ?? "?"}"`, `number ${number} is already given to "${known.product?.title ?? "?"}"`)
      existing = undefined
    }
    // An evaluation below 3 ★ has no number: it is found by product, day and stars.
    if (!number && product && issuedDay && starsOk) {
      existing = product.certifications.find((c) => dayOf(c.issued_at) === fileDate(issuedDay) && c.stars === stars)
    }
    if (!existing && productKey && !errors.length) {
      if (seenProducts.has(productKey)) {
        fail(`Sản phẩm "${productKey}" đã được chứng nhận ở dòng ${seenProducts.get(productKey)}`, `product "${productKey}" is certified on line ${seenProducts.get(productKey)} already`)
      } else seenProducts.set(productKey, line)
    }

    const changes: JudgedRow["changes"] = []
    let kind: RowKind = "error"
    let plan: RowPlan | null = null
    if (!errors.length && producer) {
      const producerUpdate: Record<string, string | null> = {}
      for (const [field, value] of Object.entries(wanted)) {
        if ((producer as any)[field] !== value) producerUpdate[field] = value
      }
      const before = producerChanges.get(producer.id)
      if (Object.keys(producerUpdate).length && before && JSON.stringify(before.fields) !== JSON.stringify(producerUpdate)) {
        fail(`Thông tin chủ thể "${producer.name}" khác dòng ${before.row}`, `producer "${producer.name}" is described differently on line ${before.row}`)
      } else if (Object.keys(producerUpdate).length) producerChanges.set(producer.id, { row: line, fields: producerUpdate })

      const base = {
        product: product ? { id: product.id } : { create: createProduct! },
        producer_id: producer.id,
        attach_producer: !product?.producer_id,
        ...(Object.keys(producerUpdate).length ? { update_producer: producerUpdate } : {}),
      }
      const draft: CertificationPlan = {
        score,
        stars,
        criteria_version: version,
        group,
        sub_group: subGroup,
        certificate_no: number,
        decision_no: cells.so_quyet_dinh.trim() || null,
        issued_at: `${issuedDay}T00:00:00.000Z`,
        expires_at: expiryDay ? `${expiryDay}T00:00:00.000Z` : null,
        renews_id: null,
      }
      if (existing) {
        const registered = registerRowOf(existing, product ?? known?.product ?? null, producer, context.now)
        const compare = (column: RegisterColumn, theirs: string, ours: string) => {
          if (theirs !== ours) changes.push({ column, from: theirs, to: ours })
        }
        const fileRow = normalisedRow(cells, { issuedDay, expiryDay: expiryDay ?? (issuedDay ? defaultExpiry(issuedDay).toISOString().slice(0, 10) : null), score, level: expectedLevel })
        for (const column of CERTIFICATION_COLUMNS) compare(column, registered[column], fileRow[column])
        if (title && title !== registered.ten_san_pham) {
          fail(`Tên sản phẩm khác sổ ("${registered.ten_san_pham}"): đổi tên ở trang sản phẩm`, `the product's name differs from the register ("${registered.ten_san_pham}"): rename it on the product's page`)
        }
        for (const column of PRODUCER_COLUMNS) {
          const field = PRODUCER_FIELD[column]!
          if (field in producerUpdate) compare(column, registered[column], column === "dien_thoai" ? filePhone(producerUpdate[field]) : String(producerUpdate[field] ?? ""))
        }
        const revokedNow = existing!.revoked_at != null
        if (state === "revoked" && !revokedNow) changes.push({ column: "trang_thai", from: registered.trang_thai, to: "revoked" })
        if (state && state !== "revoked" && revokedNow) {
          fail("Chứng nhận đã bị thu hồi trong sổ: không thể bỏ thu hồi bằng tệp", "the register has this certificate revoked: a file cannot undo a revocation")
        }
        if (state && state !== "revoked" && !revokedNow && state !== registered.trang_thai) {
          notes.push(message(`Tệp ghi "${cells.trang_thai}", theo ngày tháng là "${registered.trang_thai}"`, `the file says "${cells.trang_thai}", the dates say "${registered.trang_thai}"`))
        }
        if (!errors.length) {
          kind = changes.length ? "change" : "unchanged"
          if (kind === "change") {
            const certFields: RowPlan["update_certification"] = { id: existing!.id, fields: {} }
            for (const change of changes) {
              if (change.column === "diem") certFields.fields.score = score
              if (change.column === "sao") certFields.fields.stars = stars
              if (change.column === "cap") certFields.fields.level = expectedLevel
              if (change.column === "bo_tieu_chi") certFields.fields.criteria_version = version
              if (change.column === "nhom" || change.column === "phan_nhom") Object.assign(certFields.fields, { group, sub_group: subGroup })
              if (change.column === "so_quyet_dinh") certFields.fields.decision_no = draft.decision_no
              if (change.column === "ngay_quyet_dinh") certFields.fields.issued_at = draft.issued_at
              if (change.column === "ngay_het_han") certFields.fields.expires_at = draft.expires_at ?? defaultExpiry(draft.issued_at).toISOString()
            }
            plan = {
              ...base,
              ...(Object.keys(certFields.fields).length ? { update_certification: certFields } : {}),
              ...(state === "revoked" && !revokedNow
                ? { revoke: { id: existing!.id, reason: `Thu hồi theo ${draft.decision_no ?? "tệp nhập sổ"} / revoked by ${draft.decision_no ?? "register import"}` } }
                : {}),
            }
          }
        }
      } else if (!errors.length) {
        if (state === "revoked") fail("Chứng nhận mới không thể ở trạng thái thu hồi", "a new certificate cannot be revoked already")
        const certs = product?.certifications ?? []
        const speaking = currentCertification(certs.map((c) => ({ ...c, issued_at: c.issued_at, expires_at: c.expires_at })), context.now)
        const renews = speaking ?? [...certs].sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
        kind = renews ? "renewal" : "new"
        if (createProduct) notes.push(message(`Sản phẩm mới "${createProduct.title}" sẽ được tạo ở dạng nháp, chưa có giá`, `a new product "${createProduct.title}" will be created as a draft, without a price`))
        for (const column of PRODUCER_COLUMNS) {
          const field = PRODUCER_FIELD[column]!
          if (field in producerUpdate) changes.push({ column, from: String((producer as any)[field] ?? ""), to: String(producerUpdate[field] ?? "") })
        }
        plan = { ...base, certify: { ...draft, renews_id: renews?.id ?? null } }
      }
    }
    if (errors.length) {
      kind = "error"
      plan = null
    }
    return { row: line, kind, cells, errors, notes, changes, plan }
  })
}

/** A file row written as the register writes it, for comparing column by column. */
function normalisedRow(
  cells: RegisterRow,
  parsed: { issuedDay: string | null; expiryDay: string | null; score: number; level: string | null }
): RegisterRow {
  return {
    ...cells,
    ngay_quyet_dinh: parsed.issuedDay ? fileDate(parsed.issuedDay) : cells.ngay_quyet_dinh,
    ngay_het_han: parsed.expiryDay ? fileDate(parsed.expiryDay) : cells.ngay_het_han,
    diem: Number.isFinite(parsed.score) ? fileScore(parsed.score) : cells.diem,
    cap: parsed.level ?? "",
    phan_nhom: cells.phan_nhom.trim(),
    so_quyet_dinh: cells.so_quyet_dinh.trim(),
  }
}

export function summarise(rows: JudgedRow[]) {
  const summary = { rows: rows.length, new: 0, renewal: 0, change: 0, unchanged: 0, error: 0 }
  for (const row of rows) summary[row.kind]++
  return summary
}

export const describeColumn = (column: RegisterColumn) => COLUMN_LABELS[column]
