/**
 * The programme office's register on the seed's catalogue (dates moved so the data meets today as it met its
 * reference day): the certificates list and its filters, reminders to renew (the officer's, once a day, and the
 * sweep's 90, 30 and 7 days before expiry), the register's export and an import's preview and confirmation, all
 * or nothing; bad files refused with a 400.
 */
import "../fixtures/mail"
import path from "node:path"
import ExcelJS from "exceljs"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expireCertificationsWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import { failure, loginAsAdmin, type Headers } from "../fixtures/admin"
import { mailsTo } from "../fixtures/mail"
import { certify, DAY_MS, daysFrom } from "../fixtures/ocop"
import { createSeedCatalogue, type SeedCatalogue } from "../fixtures/seed-catalogue"

const COLUMNS = [
  "ma_chung_nhan", "so_quyet_dinh", "co_quan_quyet_dinh", "ngay_quyet_dinh", "ngay_het_han", "ten_san_pham", "san_pham_handle",
  "nhom", "phan_nhom", "bo_tieu_chi", "diem", "sao", "cap", "chu_the", "loai_chu_the", "nguoi_dai_dien", "dien_thoai", "email",
  "ma_tinh", "ma_xa", "dia_chi", "trang_thai",
]
const csvOf = (rows: Record<string, string | number>[]) =>
  [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => JSON.stringify(String(row[c] ?? ""))).join(","))].join("\n")

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let catalogue: SeedCatalogue
    const now = new Date()

    beforeAll(async () => {
      catalogue = await createSeedCatalogue(getContainer(), now)
      admin = await loginAsAdmin(api, getContainer())
    })

    const list = async (search: string) => (await api.get(`/admin/ocop/certifications?limit=100&${search}`, admin)).data
    const handles = (page: any) => page.certifications.map((c: any) => c.product.handle).sort()
    const upload = async (body: Buffer | string, name = "quyet-dinh.csv") => {
      const form = new FormData()
      form.append("file", new Blob([body]), name)
      const response = await fetch(`${api.defaults.baseURL}/admin/ocop/register/imports`, { method: "POST", headers: admin.headers, body: form })
      return { status: response.status, data: (await response.json()) as any }
    }
    const counts = async () => {
      const container = getContainer()
      const ocop = container.resolve("ocop") as any
      return {
        products: (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null })).length,
        certifications: (await ocop.listCertifications({}, { select: ["id"], take: null })).length,
        producers: JSON.stringify((await ocop.listProducers({}, { select: ["id", "phone", "representative", "email", "ward_code"], order: { id: "ASC" }, take: null }))),
      }
    }

    describe("the certificates list", () => {
      it("lists by default what the renewal pipeline needs: the one certificate expiring within 90 days", async () => {
        const page = await list("state=expiring&order=expires_at")
        expect(handles(page)).toEqual(["ruou-can-e-de-h-nhoi"])
        expect(page.certifications[0]).toMatchObject({
          state: "valid",
          stars: 3,
          producer: { handle: "ho-kinh-doanh-ruou-can-h-nhoi" },
          district: { code: "buon-ho", name: "thị xã Buôn Hồ" },
          renewed_by: null,
          last_reminder: null,
        })
      })

      it("widens the window in days and sorts by expiry: the six certificates of decision 1378/QĐ-UBND still standing follow", async () => {
        const page = await list("state=expiring&expires_within=300&order=expires_at")
        expect(page.count).toBe(7)
        expect(page.certifications[0].product.handle).toBe("ruou-can-e-de-h-nhoi")
        expect(handles(page)).toEqual([
          "bo-sap-dlie-yang", "ca-phe-chon-ea-tu", "ca-phe-rang-xay-cong-bang-ea-kiet", "gao-thom-quang-dien",
          "hat-ca-cao-len-men-bang-a-drenh", "ruou-can-e-de-h-nhoi", "ruou-can-mnong-lien-son",
        ])
      })

      it.each([
        ["stars=5", ["ca-phe-fine-robusta-hat-sao", "socola-den-70-serepok"]],
        ["group=tourism", ["du-lich-cong-dong-buon-don", "du-lich-sinh-thai-ho-lak"]],
        ["district=krong-ana", ["bot-ca-cao-nguyen-chat-bang-a-drenh", "gao-thom-quang-dien", "hat-ca-cao-len-men-bang-a-drenh", "ngoi-ca-cao-serepok", "socola-den-70-serepok", "socola-nhan-mac-ca-serepok"]],
        ["producer=htx-ca-phe-cong-bang-ea-kiet", ["ca-phe-hat-rang-honey-ea-kiet", "ca-phe-rang-xay-cong-bang-ea-kiet"]],
        ["criteria_version=1048/2019", ["ca-phe-bot-dat-hieu"]],
        ["state=expired", ["ca-phe-bot-dat-hieu"]],
        ["state=revoked", ["tieu-do-quang-tien"]],
        ["q=OCOP-QG", ["ca-phe-fine-robusta-hat-sao", "socola-den-70-serepok"]],
        ["district=krong-ana&stars=4", ["socola-nhan-mac-ca-serepok"]],
      ])("filters by %s", async (search, expected) => {
        expect(handles(await list(search))).toEqual(expected)
      })

      it("counts 44 valid evaluations (41 certificates and three 2-star ones) and pages them", async () => {
        const all = await list("state=valid")
        expect(all.count).toBe(44)
        const page = (await api.get("/admin/ocop/certifications?state=valid&order=expires_at&limit=5&offset=5", admin)).data
        expect(page).toMatchObject({ count: 44, limit: 5, offset: 5 })
        expect(page.certifications).toHaveLength(5)
      })

      it("takes the producer by id as well as by handle", async () => {
        const id = catalogue.producers["htx-ca-phe-cong-bang-ea-kiet"]
        expect(handles(await list(`producer=${id}`))).toEqual(["ca-phe-hat-rang-honey-ea-kiet", "ca-phe-rang-xay-cong-bang-ea-kiet"])
      })

      it("leaves a renewed certificate out of the expiring ones", async () => {
        const old = catalogue.certifications["ruou-can-e-de-h-nhoi"]
        await api.post(`/admin/ocop/certifications/${old}/renew`, { score: 66, criteria_version: "1489/2025", certificate_no: "OCOP-66-TEST-RENEW", issued_at: daysFrom(now, 0) }, admin)
        expect(handles(await list("state=expiring"))).toEqual([])
        expect((await list("state=valid&product_id=" + catalogue.products["ruou-can-e-de-h-nhoi"])).certifications.find((c: any) => c.id === old).renewed_by).toBeTruthy()
      })

      it.each(["state=lapsed", "stars=6", "stars=3,x", "group=cars", "district=ha-noi", "criteria_version=2030", "expires_within=0", "expires_within=5000", "state=expired&expires_within=30", "limit=101", "unknown=1"])(
        "refuses %s with 400",
        async (search) => {
          const response = await failure(api.get(`/admin/ocop/certifications?${search}`, admin))
          expect(response.status).toBe(400)
          expect(response.data.type).toBe("invalid_data")
        }
      )
    })

    describe("reminding producers to renew", () => {
      const ruouCanMail = async () => {
        const ocop = getContainer().resolve("ocop") as any
        const [producer] = await ocop.listProducers({ handle: "ho-kinh-doanh-ruou-can-h-nhoi" }, { select: ["email"] })
        return producer.email as string
      }

      it("mails the producer and its team once a day, however often the officer clicks", async () => {
        const container = getContainer()
        const email = await ruouCanMail()
        const marketplace = container.resolve("marketplace") as any
        await marketplace.createProducerMembers({ producer_id: catalogue.producers["ho-kinh-doanh-ruou-can-h-nhoi"], email: "h.nhoi.ban@example.vn", role: "owner" })
        const id = catalogue.certifications["ruou-can-e-de-h-nhoi"]

        const [first, second] = await Promise.all([
          api.post("/admin/ocop/certifications/reminders", { certification_ids: [id] }, admin),
          api.post("/admin/ocop/certifications/reminders", { certification_ids: [id] }, admin),
        ])
        expect([...first.data.reminded, ...second.data.reminded]).toEqual([id])
        expect([...first.data.already_reminded_today, ...second.data.already_reminded_today]).toEqual([id])

        const until = Date.now() + 10_000
        while ((mailsTo("ocop-certification-expiring", email).length === 0 || mailsTo("ocop-certification-expiring", "h.nhoi.ban@example.vn").length === 0) && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 100))
        }
        const [mail] = mailsTo("ocop-certification-expiring", email)
        expect(mail!.subject).toMatch(/hết hạn sau 16 ngày .* expires in 16 days/)
        expect(mail!.text).toContain("Rượu cần Ê Đê H'Nhoi")
        expect(mailsTo("ocop-certification-expiring", "h.nhoi.ban@example.vn")).toHaveLength(1)

        const again = await api.post("/admin/ocop/certifications/reminders", { certification_ids: [id] }, admin)
        expect(again.data).toEqual({ reminded: [], already_reminded_today: [id] })
        await new Promise((r) => setTimeout(r, 1000))
        expect(mailsTo("ocop-certification-expiring", email)).toHaveLength(1)
        expect((await list("state=expiring")).certifications[0].last_reminder).toMatchObject({ stage: null, key: expect.stringMatching(/^manual-\d{4}-\d{2}-\d{2}$/) })
      })

      it("refuses to remind of an expired, revoked or unknown certificate, and sends nothing", async () => {
        for (const id of [catalogue.certifications["ca-phe-bot-dat-hieu"], catalogue.certifications["tieu-do-quang-tien"], "ocert_missing"]) {
          const response = await failure(api.post("/admin/ocop/certifications/reminders", { certification_ids: [id] }, admin))
          expect(response.status).toBe(400)
        }
        expect((await failure(api.post("/admin/ocop/certifications/reminders", { certification_ids: [] }, admin))).status).toBe(400)
        const programme = getContainer().resolve("programme") as any
        expect(await programme.listCertificationReminders({})).toEqual([])
      })

      it("has the daily sweep remind 90, 30 and 7 days before expiry, each once, and not a renewed certificate", async () => {
        const sweep = async (days: number) =>
          (await expireCertificationsWorkflow(getContainer()).run({ input: { now: new Date(now.getTime() + days * DAY_MS).toISOString() } })).result.reminded
        const ids = (list: string[]) => list.map((handle) => catalogue.certifications[handle]).sort()
        const batch = ["bo-sap-dlie-yang", "ca-phe-chon-ea-tu", "ca-phe-rang-xay-cong-bang-ea-kiet", "gao-thom-quang-dien", "hat-ca-cao-len-men-bang-a-drenh", "ruou-can-mnong-lien-son"]
        // Rượu cần H'Nhỏi has 16 days left: the 30-day reminder, then the 7-day one.
        expect(await sweep(0)).toEqual(ids(["ruou-can-e-de-h-nhoi"]))
        expect(await sweep(0)).toEqual([])
        expect(await sweep(10)).toEqual(ids(["ruou-can-e-de-h-nhoi"]))
        // Gạo Quảng Điền is renewed before its first reminder: it is never reminded.
        await api.post(`/admin/ocop/certifications/${catalogue.certifications["gao-thom-quang-dien"]}/renew`, { score: 60, criteria_version: "1489/2025", certificate_no: "OCOP-66-TEST-GAO", issued_at: daysFrom(now, 1) }, admin)
        const six = ids(batch.filter((h) => h !== "gao-thom-quang-dien"))
        expect((await sweep(120)).sort()).toEqual(six) // 82 days left
        expect(await sweep(121)).toEqual([])
        expect((await sweep(175)).sort()).toEqual(six) // 27 days left
        expect((await sweep(197)).sort()).toEqual(six) // 5 days left
        expect(await sweep(198)).toEqual([])
        const programme = getContainer().resolve("programme") as any
        const stages = await programme.listCertificationReminders({ certification_id: catalogue.certifications["ca-phe-chon-ea-tu"] }, { select: ["stage"] })
        expect(stages.map((r: any) => r.stage).sort()).toEqual([30, 7, 90].sort())
      })
    })

    describe("export and import of the register", () => {
      it("exports every certification as CSV and XLSX, and a re-import reads every row as unchanged", async () => {
        // As bytes: axios would take the byte-order mark off a text answer.
        const csv = await api.get("/admin/ocop/register.csv", { ...admin, responseType: "arraybuffer" })
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        const text = Buffer.from(csv.data).toString("utf8")
        expect(text.startsWith(`\uFEFF${COLUMNS.join(",")}`)).toBe(true)
        expect(text.trim().split("\n")).toHaveLength(47)
        expect(text).toMatch(/OCOP-66-2024-010,1378\/QĐ-UBND,Ủy ban nhân dân tỉnh Đắk Lắk,\d{2}\/\d{2}\/\d{4},\d{2}\/\d{2}\/\d{4},Cà phê rang xay Công bằng Ea Kiết,ca-phe-rang-xay-cong-bang-ea-kiet,food,coffee_cacao,148\/2023,78,4,province,HTX Nông nghiệp Cà phê Công bằng Ea Kiết,cooperative,Nguyễn Văn Thành,0905 214 386,htx.eakiet@example.com,66,24265,/)

        const fromCsv = await upload(Buffer.from(text, "utf8"), "so-ocop.csv")
        expect(fromCsv.status).toBe(200)
        expect(fromCsv.data.import.summary).toEqual({ rows: 46, new: 0, renewal: 0, change: 0, unchanged: 46, error: 0 })

        const xlsx = await api.get("/admin/ocop/register.xlsx", { ...admin, responseType: "arraybuffer" })
        const fromXlsx = await upload(Buffer.from(xlsx.data), "so-ocop.xlsx")
        expect(fromXlsx.status).toBe(200)
        expect(fromXlsx.data.import).toMatchObject({ file_format: "xlsx", summary: { rows: 46, unchanged: 46, error: 0 } })
        expect((await failure(api.post(`/admin/ocop/register/imports/${fromXlsx.data.import.id}/confirm`, {}, admin))).status).toBe(400)
      })

      /** 30 rows of a decision: 20 new products, 7 renewals (one with a new phone for its producer), and 3 bad rows. */
      function decision(prefix: string) {
        const producers = ["HTX Nông nghiệp Cà phê Công bằng Ea Kiết", "Công ty TNHH Sô-cô-la Sêrêpốk"]
        const rows: Record<string, string | number>[] = []
        for (let i = 1; i <= 20; i++) {
          rows.push({
            ma_chung_nhan: `${prefix}-${String(i).padStart(3, "0")}`, so_quyet_dinh: "2045/QĐ-UBND", ngay_quyet_dinh: "15/11/2026",
            ten_san_pham: `Sản phẩm thử ${prefix} số ${i}`, nhom: "food", phan_nhom: "coffee_cacao", bo_tieu_chi: "1489/2025",
            diem: 60 + (i % 9), sao: 3, cap: "province", chu_the: producers[i % 2]!, trang_thai: "valid",
          })
        }
        const renewed = ["ca-phe-rang-xay-cong-bang-ea-kiet", "ca-phe-hat-rang-honey-ea-kiet", "socola-nhan-mac-ca-serepok", "ngoi-ca-cao-serepok", "bot-ca-cao-nguyen-chat-bang-a-drenh", "hat-ca-cao-len-men-bang-a-drenh", "gao-thom-quang-dien"]
        const owners: Record<string, string> = {
          "ca-phe-rang-xay-cong-bang-ea-kiet": producers[0]!, "ca-phe-hat-rang-honey-ea-kiet": producers[0]!, "socola-nhan-mac-ca-serepok": producers[1]!,
          "ngoi-ca-cao-serepok": producers[1]!, "bot-ca-cao-nguyen-chat-bang-a-drenh": "HTX Ca cao Cộng đồng Băng A Drênh", "hat-ca-cao-len-men-bang-a-drenh": "HTX Ca cao Cộng đồng Băng A Drênh", "gao-thom-quang-dien": "HTX Nông nghiệp Lúa gạo Quảng Điền",
        }
        renewed.forEach((handle, i) => {
          rows.push({
            ma_chung_nhan: `${prefix}-R${i + 1}`, so_quyet_dinh: "2045/QĐ-UBND", ngay_quyet_dinh: "15/11/2026", san_pham_handle: handle,
            nhom: "food", phan_nhom: handle.startsWith("gao") ? "raw_preprocessed" : "coffee_cacao", bo_tieu_chi: "1489/2025", diem: 75, sao: 4, cap: "province",
            chu_the: owners[handle]!, ...(i === 0 ? { dien_thoai: "0912 345 678" } : {}),
          })
        })
        rows.splice(5, 0, { ...rows[0]!, ma_chung_nhan: `${prefix}-X1`, ten_san_pham: "Sản phẩm chủ thể lạ", chu_the: "HTX Không Có Thật" })
        rows.splice(12, 0, { ...rows[1]!, ma_chung_nhan: `${prefix}-X2`, ten_san_pham: "Sản phẩm điểm lệch", diem: 65, sao: 4 })
        rows.splice(25, 0, { ...rows[2]!, ma_chung_nhan: `${prefix}-X3`, ten_san_pham: "Sản phẩm ngày sai", ngay_quyet_dinh: "31/02/2026" })
        return rows
      }

      it("previews 30 rows with exactly the 3 bad ones and their reasons, then confirms the 27 in one go", async () => {
        const before = await counts()
        const rows = decision("OCOP-66-2026-T")
        expect(rows).toHaveLength(30)
        const { status, data } = await upload(csvOf(rows))
        expect(status).toBe(200)
        expect(data.import.summary).toEqual({ rows: 30, new: 20, renewal: 7, change: 0, unchanged: 0, error: 3 })
        expect(data.import.errors).toEqual([
          { row: 7, message: expect.stringContaining('Không có chủ thể "HTX Không Có Thật" trong sổ') },
          { row: 14, message: expect.stringContaining("Điểm 65 tương ứng 3 sao, không phải 4 sao / score 65 is a 3-star band, not 4") },
          { row: 27, message: expect.stringContaining('Ngày quyết định "31/02/2026" không hợp lệ') },
        ])
        const renewal = data.import.changes.find((r: any) => r.cells.ma_chung_nhan === "OCOP-66-2026-T-R1")
        expect(renewal).toMatchObject({ kind: "renewal", changes: [{ column: "dien_thoai", from: "+84905214386", to: "+84912345678" }] })
        expect(await counts()).toEqual(before)

        const confirmed = await api.post(`/admin/ocop/register/imports/${data.import.id}/confirm`, {}, admin)
        expect(confirmed.data.import).toMatchObject({ status: "confirmed", result: { certified: expect.any(Array), products_created: expect.any(Array) } })
        expect(confirmed.data.import.result.certified).toHaveLength(27)
        expect(confirmed.data.import.result.products_created).toHaveLength(20)
        const after = await counts()
        expect(after.products).toBe(before.products + 20)
        expect(after.certifications).toBe(before.certifications + 27)
        const renewedCoffee = (await api.get(`/admin/ocop/products/${catalogue.products["ca-phe-rang-xay-cong-bang-ea-kiet"]}`, admin)).data.product
        expect(renewedCoffee.current_certification).toMatchObject({ certificate_no: "OCOP-66-2026-T-R1", stars: 4, renews_id: catalogue.certifications["ca-phe-rang-xay-cong-bang-ea-kiet"] })
        expect(renewedCoffee.producer).toBeTruthy()
        const ocop = getContainer().resolve("ocop") as any
        const [eaKiet] = await ocop.listProducers({ handle: "htx-ca-phe-cong-bang-ea-kiet" }, { select: ["phone"] })
        expect(eaKiet.phone).toBe("+84912345678")
        expect((await failure(api.post(`/admin/ocop/register/imports/${data.import.id}/confirm`, {}, admin))).status).toBe(400)
        expect((await api.get("/admin/ocop/register/imports", admin)).data).toMatchObject({ count: 1, imports: [{ id: data.import.id, status: "confirmed" }] })
      })

      it("writes nothing when a step fails in the middle: a certificate number taken between preview and confirmation", async () => {
        const before = await counts()
        const { data } = await upload(csvOf(decision("OCOP-66-2026-F")))
        expect(data.import.summary).toMatchObject({ new: 20, renewal: 7, error: 3 })
        // Another officer certifies a product with one of the file's numbers meanwhile: the products and the
        // producer's new phone are written before the certificates are, and must be undone.
        await certify(getContainer(), catalogue.products["mat-ong-y-bhim"]!, { score: 60, group: "food", sub_group: "raw_preprocessed", certificate_no: "OCOP-66-2026-F-R7", issued_at: daysFrom(now, 0) })
        const taken = await counts()
        expect(taken.certifications).toBe(before.certifications + 1)

        const response = await failure(api.post(`/admin/ocop/register/imports/${data.import.id}/confirm`, {}, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("OCOP-66-2026-F-R7")
        expect(await counts()).toEqual(taken)
        expect((await api.get(`/admin/ocop/register/imports/${data.import.id}`, admin)).data.import.status).toBe("previewed")
      })

      it("marks changes column by column and applies a correction and a revocation", async () => {
        const text = (await api.get("/admin/ocop/register.csv", { ...admin, responseType: "text" })).data as string
        const lines = text.split("\n")
        const at = lines.findIndex((line) => line.startsWith("OCOP-66-2024-010,"))
        const cells = lines[at]!.split(",")
        cells[COLUMNS.indexOf("diem")] = "79"
        lines[at] = cells.join(",")
        const revokedAt = lines.findIndex((line) => line.startsWith("OCOP-66-2024-017,"))
        // The last column; addresses before it hold quoted commas, so it is counted from the end.
        lines[revokedAt] = lines[revokedAt]!.replace(/,valid$/, ",revoked")
        const { data } = await upload(lines.join("\n"))
        expect(data.import.summary).toEqual({ rows: 46, new: 0, renewal: 0, change: 2, unchanged: 44, error: 0 })
        expect(data.import.changes.find((r: any) => r.cells.ma_chung_nhan === "OCOP-66-2024-010").changes).toEqual([{ column: "diem", from: "78", to: "79" }])
        await api.post(`/admin/ocop/register/imports/${data.import.id}/confirm`, {}, admin)
        const page = await list("q=OCOP-66-2024-0")
        expect(page.certifications.find((c: any) => c.certificate_no === "OCOP-66-2024-010").score).toBe(79)
        expect(page.certifications.find((c: any) => c.certificate_no === "OCOP-66-2024-017").state).toBe("revoked")
      })

      it("previews a decision of 1 000 rows, every one judged (the time is printed beside a list request's, not asserted)", async () => {
        const rows = Array.from({ length: 50 }, (_, i) => decision(`OCOP-66-2026-B${String(i).padStart(2, "0")}`)).flat().slice(0, 1000)
        // Each block renews the same seven products: from the second block on, those rows are duplicates in the file.
        const started = performance.now()
        const { status, data } = await upload(csvOf(rows))
        const preview = performance.now() - started
        const anchorStart = performance.now()
        await api.get("/admin/ocop/certifications?limit=100", admin)
        const anchor = performance.now() - anchorStart
        expect(status).toBe(200)
        expect(data.import.rows).toBe(1000)
        expect(data.import.summary.new + data.import.summary.renewal + data.import.summary.error).toBe(1000)
        console.info(`[measure] preview of 1 000 rows: ${preview.toFixed(0)} ms; GET /admin/ocop/certifications?limit=100 beside it: ${anchor.toFixed(0)} ms`)
      })

      it.each([
        ["an empty file", Buffer.alloc(0), "x.csv", /Tệp rỗng/],
        ["wrong columns", Buffer.from("so,ten\n1,a\n"), "x.csv", /Sai cột: thiếu cột ma_chung_nhan/],
        ["a header without rows", Buffer.from(COLUMNS.join(",")), "x.csv", /không có dòng nào/],
        ["10 MB of noise", Buffer.alloc(10 * 1024 * 1024, 7), "x.csv", /lớn hơn 5 MB/],
        ["1 KB of binary noise", Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 151) % 256)), "x.csv", /không phải CSV/],
        ["a formula cell", Buffer.from(`${COLUMNS.join(",")}\n${COLUMNS.map((c) => (c === "ten_san_pham" ? '"=HYPERLINK(""http://x"")"' : "a")).join(",")}`), "x.csv", /công thức/],
        ["a broken .xlsx", Buffer.from("PK\u0003\u0004 not really a zip"), "x.xlsx", /xlsx hỏng/],
      ])("refuses %s with a 400 that says why, and keeps no import", async (_, body, name, message) => {
        const { status, data } = await upload(body, name)
        expect(status).toBe(400)
        expect(data.type).toBe("invalid_data")
        expect(data.message).toMatch(message)
        expect((await api.get("/admin/ocop/register/imports", admin)).data.count).toBe(0)
      })

      it("refuses an XLSX whose cell holds a formula", async () => {
        const workbook = new ExcelJS.Workbook()
        const sheet = workbook.addWorksheet("So")
        sheet.addRow(COLUMNS)
        const row = sheet.addRow(COLUMNS.map(() => "a"))
        row.getCell(11).value = { formula: "SUM(1,2)", result: 3 } as any
        const { status, data } = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "so.xlsx")
        expect(status).toBe(400)
        expect(data.message).toMatch(/Ô K2 chứa công thức/)
      })

      it("refuses a request without a file, with two files, or without an admin login", async () => {
        expect((await failure(api.post("/admin/ocop/register/imports", { file: "a" }, admin))).status).toBe(400)
        const form = new FormData()
        form.append("file", new Blob(["a"]), "a.csv")
        form.append("file", new Blob(["b"]), "b.csv")
        const two = await fetch(`${api.defaults.baseURL}/admin/ocop/register/imports`, { method: "POST", headers: admin.headers, body: form })
        expect(two.status).toBe(400)
        const anonymous = await fetch(`${api.defaults.baseURL}/admin/ocop/register/imports`, { method: "POST", body: new FormData() })
        expect(anonymous.status).toBe(401)
        expect((await failure(api.get("/admin/ocop/register.csv"))).status).toBe(401)
        expect((await failure(api.post("/admin/ocop/register/imports/ocimp_missing/confirm", {}, admin))).status).toBe(404)
      })
    })
  },
})
