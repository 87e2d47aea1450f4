/**
 * The lookup and the stamps through the API (issue 20, docs/decisions/029): a certificate looked up by its number
 * says valid, expiring, expired, revoked or superseded from rules.ts, an unknown one offers the closest numbers,
 * a malformed one is a 400; decisions and names are searched without accents. The programme and a producer (for
 * its own certificates only) issue batches of unique codes and print them; a scan counts, and many networks, far
 * places or a re-grading warn of a copy and put the stamp on the programme's list.
 */
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin, producerBody, type Headers } from "../fixtures/admin"
import { settle } from "../fixtures/checkout"
import { waitForMail, mailsTo } from "../fixtures/mail"
import { attachProducer, certify, createProduct, createStorefront, DAY_MS, daysFrom, revoke, type Storefront } from "../fixtures/ocop"

// Shoppers are told apart by the address a proxy in front writes (plugins/ocop/src/api/rate-limit.ts): these
// scans come "from" several networks through X-Forwarded-For, as they would behind the production proxy.
process.env.OCOP_TRUST_PROXY_HOPS = "1"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    const now = new Date()
    let storefront: Storefront
    let admin: Headers
    let producerA: { id: string; handle: string }
    let producerB: { id: string; handle: string }
    const ids: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      storefront = await createStorefront(container)
      admin = await loginAsAdmin(api, container)
      producerA = (await api.post("/admin/ocop/producers", producerBody(), admin)).data.producer
      producerB = (await api.post("/admin/ocop/producers", producerBody({ handle: "htx-mat-ong-krong-bong", name: "HTX Mật ong Krông Bông", email: "htx.krongbong@example.com" }), admin)).data.producer
      const product = async (handle: string, title: string, producer = producerA.id) => {
        const created = await createProduct(container, storefront, { handle, title, variants: [{ title: "Gói 500 g", sku: `${handle}-500`, price_vnd: 120_000, stock: 30 }] })
        await attachProducer(container, created.id, producer)
        return created
      }
      const coffee = { group: "food", sub_group: "coffee_cacao" }
      const valid = await product("ca-phe-ea-tu", "Cà phê Ea Tu")
      ids.valid = await certify(container, valid.id, { ...coffee, score: 78, certificate_no: "OCOP-66-2025-101", decision_no: "1378/QĐ-UBND", issued_at: daysFrom(now, -100) })
      const expiring = await product("ca-phe-chon-buon-ma-thuot", "Cà phê chồn Buôn Ma Thuột")
      ids.expiring = await certify(container, expiring.id, { ...coffee, score: 72, certificate_no: "OCOP-66-2023-102", decision_no: "1378/QĐ-UBND", issued_at: daysFrom(now, -1000), expires_at: daysFrom(now, 40) })
      const expired = await product("ca-phe-bot-het-han", "Cà phê bột Krông Năng")
      ids.expired = await certify(container, expired.id, { ...coffee, score: 61, certificate_no: "OCOP-66-2022-103", decision_no: "562/QĐ-UBND", issued_at: daysFrom(now, -1200), expires_at: daysFrom(now, -5) })
      const revoked = await product("tieu-do-bi-thu-hoi", "Tiêu đỏ Cư M'gar")
      ids.revoked = await certify(container, revoked.id, { group: "food", sub_group: "spices", score: 66, certificate_no: "OCOP-66-2024-104", decision_no: "562/QĐ-UBND", issued_at: daysFrom(now, -300) })
      await revoke(container, ids.revoked)
      const regraded = await product("mat-ong-hoa-ca-phe", "Mật ong hoa cà phê", producerB.id)
      ids.regradedOld = await certify(container, regraded.id, { group: "food", sub_group: "raw_preprocessed", score: 65, certificate_no: "OCOP-66-2024-105", issued_at: daysFrom(now, -400) })
      ids.productB = regraded.id
      // Graded again two days ago, 4 ★ instead of 3: the old certificate is superseded from then on.
      await api.post(`/admin/ocop/certifications/${ids.regradedOld}/renew`, { score: 82, stars: 4, criteria_version: "148/2023", certificate_no: "OCOP-66-2026-106", decision_no: "2412/QĐ-UBND", issued_at: daysFrom(now, -2) }, admin)
    })

    const store = (url: string, extra: Record<string, string> = {}) => settle(api.get(url, { headers: { ...storefront.headers.headers, ...extra } }))
    const lookup = (number: string, extra: Record<string, string> = {}) => store(`/store/ocop/certifications/${encodeURIComponent(number)}`, extra)

    describe("looking a certificate up by its number", () => {
      it("answers valid, expiring, expired and revoked from the dates and the register, with what it certifies", async () => {
        const answers = Object.fromEntries(
          await Promise.all(
            [["valid", "OCOP-66-2025-101"], ["expiring", "OCOP-66-2023-102"], ["expired", "OCOP-66-2022-103"], ["revoked", "OCOP-66-2024-104"]].map(async ([key, number]) => {
              const answer = await lookup(number!)
              expect(answer.status, number).toBe(200)
              return [key, answer.data.certification]
            })
          )
        )
        expect(answers.valid).toMatchObject({
          certificate_no: "OCOP-66-2025-101",
          status: "valid",
          stars: 4,
          score: 78,
          group: "food",
          decision_no: "1378/QĐ-UBND",
          decision_body: "Ủy ban nhân dân tỉnh Đắk Lắk",
          level: "province",
          revoked_at: null,
          product: { handle: "ca-phe-ea-tu", title: "Cà phê Ea Tu", showable: true },
          producer: { handle: "htx-ca-phe-ea-tu", name: "HTX Cà phê Ea Tu", entity_type: "cooperative", province_code: "66" },
        })
        expect(answers.expiring).toMatchObject({ status: "expiring", product: { showable: true } })
        expect(answers.expired).toMatchObject({ status: "expired", product: { showable: false } })
        expect(answers.revoked).toMatchObject({ status: "revoked", product: { showable: false } })
        expect(answers.revoked.revoked_at).toBeTruthy()
        // The API says only what a certificate shows: no internal ids, no revocation note, no contacts.
        const text = JSON.stringify(answers)
        for (const secret of [ids.valid, producerA.id, "Vi phạm", "example.com", "0905"]) expect(text).not.toContain(secret)
      })

      it("finds a number typed in lower case, with spaces, in English with the ministry's words", async () => {
        const typed = await lookup("ocop 66 2025 101", { "x-medusa-locale": "en" })
        expect(typed.status).toBe(200)
        expect(typed.data.certification).toMatchObject({ certificate_no: "OCOP-66-2025-101", decision_body: "People's Committee of Đắk Lắk" })
      })

      it("calls a certificate superseded once the product is graded again with other stars, and points to the new one", async () => {
        const old = await lookup("OCOP-66-2024-105")
        expect(old.data.certification).toMatchObject({ status: "superseded", stars: 3, successor: { certificate_no: "OCOP-66-2026-106", stars: 4 } })
        expect((await lookup("OCOP-66-2026-106")).data.certification).toMatchObject({ status: "valid", stars: 4, successor: null })
      })

      it("answers an unknown number with a 404 that offers the closest numbers, and a malformed or hostile one with a 400", async () => {
        const unknown = await lookup("OCOP-66-2025-109")
        expect(unknown.status).toBe(404)
        expect(unknown.data.suggestions.map((s: any) => s.certificate_no)).toContain("OCOP-66-2025-101")
        expect(unknown.data.suggestions[0]).toEqual({ certificate_no: expect.any(String), product_title: expect.any(String) })
        for (const bad of ["' OR 1=1 --", "<script>alert(1)</script>", "x", "%", "a".repeat(65), "☕☕☕", "OCOP;66"]) {
          const answer = await lookup(bad)
          expect(answer.status, bad).toBe(400)
          expect(JSON.stringify(answer.data)).not.toMatch(/select |from "|where /i)
        }
      })

      it("keeps an answer in caches no longer than its dates allow", async () => {
        const expiring = await lookup("OCOP-66-2023-102")
        expect(expiring.headers["cache-control"]).toBe("public, max-age=60")
        const stamp = await api.get(`/store/ocop/certifications?q=ca%20phe`, storefront.headers)
        expect(stamp.headers["cache-control"]).toMatch(/max-age=\d+/)
      })
    })

    describe("searching the register", () => {
      it("lists every certificate of a decision, and finds names typed without accents", async () => {
        const decision = await store(`/store/ocop/certifications?q=${encodeURIComponent("562/qd-ubnd")}`)
        expect(decision.data.certifications.map((c: any) => c.certificate_no).sort()).toEqual(["OCOP-66-2022-103", "OCOP-66-2024-104"])
        const name = await store("/store/ocop/certifications?q=ca%20phe%20chon")
        expect(name.data.certifications[0]).toMatchObject({ certificate_no: "OCOP-66-2023-102", status: "expiring" })
        expect(name.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
      })

      it("lists a product's certificates newest first, and refuses a query that is neither or both", async () => {
        const history = await store("/store/ocop/certifications?product=mat-ong-hoa-ca-phe")
        expect(history.data.certifications.map((c: any) => c.certificate_no)).toEqual(["OCOP-66-2026-106", "OCOP-66-2024-105"])
        expect((await store("/store/ocop/certifications")).status).toBe(400)
        expect((await store("/store/ocop/certifications?q=ca&product=x")).status).toBe(400)
        expect((await store("/store/ocop/certifications?q=c")).status).toBe(400)
        expect((await store("/store/ocop/certifications?q=ca%20phe&limit=101")).status).toBe(400)
      })
    })

    describe("serialised stamps", () => {
      const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
      async function ownerOf(producerId: string, email: string, role: "owner" | "staff" = "owner") {
        const seen = mailsTo("ocop-producer-invite", email).length
        await api.post(`/admin/ocop/producers/${producerId}/members/invites`, { email, role }, admin)
        const mail = await waitForMail("ocop-producer-invite", email, seen)
        const token = new URL(mail.data.link).searchParams.get("token")!
        const registered = await api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-tem-1" })
        await api.post("/producer/invites/accept", { token, name: "Y Bhim Niê" }, bearer(registered.data.token))
        return bearer((await api.post("/auth/producer/emailpass", { email, password: "mat-khau-tem-1" })).data.token)
      }
      const scan = (code: string, from: string) => store(`/store/ocop/stamps/${code}`, { "x-forwarded-for": from })

      it("lets the programme issue a batch of unique codes, print them and download the certificate's QR code", async () => {
        const issued = await api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity: 30, note: "Lô in tháng 12" }, admin)
        expect(issued.status).toBe(201)
        expect(issued.data.stamp_batch).toMatchObject({ certificate_no: "OCOP-66-2025-101", printed_stars: 4, quantity: 30, issued_by: "programme", checked: 0 })
        const list = await api.get(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, admin)
        expect(list.data).toMatchObject({ count: 1, stamp_batches: [{ id: issued.data.stamp_batch.id }] })
        const pdf = await api.get(`/admin/ocop/stamp-batches/${issued.data.stamp_batch.id}/labels`, { ...admin, responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
        const svg = await api.get(`/admin/ocop/certifications/${ids.valid}/qr?format=svg`, admin)
        expect(svg.headers["content-type"]).toContain("image/svg+xml")
        expect(String(svg.data)).toContain("<svg")
        expect(decodeURI(svg.headers["x-ocop-lookup-url"])).toMatch(/\/tra-cuu\/OCOP-66-2025-101$/)
        const png = await api.get(`/admin/ocop/certifications/${ids.valid}/qr?format=png`, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(png.data).subarray(1, 4).toString()).toBe("PNG")
        expect((await settle(api.get(`/admin/ocop/certifications/${ids.valid}/qr?format=gif`, admin))).status).toBe(400)
      })

      it("refuses stamps for a certificate that is revoked, expired or superseded, and batches of 0 or over 100 000", async () => {
        for (const id of [ids.revoked, ids.expired, ids.regradedOld]) {
          const refused = await settle(api.post(`/admin/ocop/certifications/${id}/stamp-batches`, { quantity: 10 }, admin))
          expect(refused.status, id).toBe(400)
        }
        for (const quantity of [0, 100_001, 1.5, "10"]) {
          expect((await settle(api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity }, admin))).status).toBe(400)
        }
      })

      it("issues 100 000 codes in one batch, every one different", async () => {
        const issued = await api.post(`/admin/ocop/certifications/${ids.expiring}/stamp-batches`, { quantity: 100_000 }, admin)
        expect(issued.status).toBe(201)
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [row] = (await db.raw("select count(*)::int as codes, count(distinct code)::int as distinct_codes, max(serial)::int as last from ocop_stamp_code where batch_id = ?", [issued.data.stamp_batch.id])).rows
        expect(row).toEqual({ codes: 100_000, distinct_codes: 100_000, last: 100_000 })
      }, 120_000)

      it("counts each scan once per network and half hour, warns after five networks, and lists the stamp for the programme", async () => {
        const batch = (await api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity: 3 }, admin)).data.stamp_batch
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ code }] = (await db.raw("select code from ocop_stamp_code where batch_id = ? order by serial limit 1", [batch.id])).rows
        const printed = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}`
        const first = await scan(printed.toLowerCase(), "203.0.113.7")
        expect(first.status).toBe(200)
        expect(first.headers["cache-control"]).toBe("no-store")
        expect(first.data.certification).toMatchObject({ certificate_no: "OCOP-66-2025-101", status: "valid" })
        expect(first.data.stamp).toMatchObject({ code: printed, printed_stars: 4, checks: 1, warning: null })
        expect((await scan(printed, "203.0.113.99")).data.stamp).toMatchObject({ checks: 1, first_checked_at: first.data.stamp.first_checked_at })
        for (const [i, net] of ["198.51.100.1", "192.0.2.1", "100.64.0.1"].entries()) {
          expect((await scan(printed, net)).data.stamp).toMatchObject({ checks: i + 2, warning: null })
        }
        const fifth = await scan(printed, "100.65.0.1")
        expect(fifth.data.stamp).toMatchObject({ checks: 5, networks: 5, warning: "many_checks" })
        const flagged = await api.get("/admin/ocop/stamps", admin)
        expect(flagged.data.stamps).toEqual([expect.objectContaining({ code: printed, warning: "many_checks", checks: 5, certificate_no: "OCOP-66-2025-101", product: expect.objectContaining({ handle: "ca-phe-ea-tu" }) })])
      })

      it("warns of far-apart places when two people share where they checked, and takes a place once, only for one's own check", async () => {
        const batch = (await api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity: 1 }, admin)).data.stamp_batch
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ code }] = (await db.raw("select code from ocop_stamp_code where batch_id = ?", [batch.id])).rows
        const place = (checkId: string, at: { latitude: number; longitude: number }) =>
          settle(api.post(`/store/ocop/stamps/${code}/place`, { check_id: checkId, ...at }, storefront.headers))
        const inBuonMaThuot = await scan(code, "203.0.113.7")
        expect((await place(inBuonMaThuot.data.stamp.check_id, { latitude: 12.6675, longitude: 108.0378 })).data.stamp).toMatchObject({ warning: null, located_checks: 1 })
        expect((await place(inBuonMaThuot.data.stamp.check_id, { latitude: 21.03, longitude: 105.85 })).status).toBe(400)
        const inHaNoi = await scan(code, "198.51.100.1")
        expect((await place("stchk_00000000000000000000000000", { latitude: 21.03, longitude: 105.85 })).status).toBe(400)
        const placed = await place(inHaNoi.data.stamp.check_id, { latitude: 21.0285, longitude: 105.8542 })
        expect(placed.data.stamp).toMatchObject({ checks: 2, warning: "far_apart" })
        const [stored] = (await db.raw("select latitude, longitude from ocop_stamp_check where id = ?", [inHaNoi.data.stamp.check_id])).rows
        expect([Number(stored.latitude.toFixed(1)), Number(stored.longitude.toFixed(1))]).toEqual([21, 105.9])
        for (const body of [{ check_id: "x", latitude: 1, longitude: 1 }, { check_id: inHaNoi.data.stamp.check_id, latitude: 91, longitude: 0 }, {}]) {
          expect((await settle(api.post(`/store/ocop/stamps/${code}/place`, body, storefront.headers))).status).toBe(400)
        }
      })

      it("flags a stamp whose printed stars no longer match the register", async () => {
        const container = getContainer()
        const product = await createProduct(container, storefront, { handle: "cacao-krong-ana", title: "Ca cao Krông Ana", variants: [{ title: "Hộp", sku: "cacao-1", price_vnd: 90_000, stock: 5 }] })
        await attachProducer(container, product.id, producerA.id)
        const cert = await certify(container, product.id, { group: "food", sub_group: "coffee_cacao", score: 60, certificate_no: "OCOP-66-2025-107", issued_at: daysFrom(now, -200) })
        const batch = (await api.post(`/admin/ocop/certifications/${cert}/stamp-batches`, { quantity: 1 }, admin)).data.stamp_batch
        const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ code }] = (await db.raw("select code from ocop_stamp_code where batch_id = ?", [batch.id])).rows
        expect((await scan(code, "203.0.113.7")).data.stamp.warning).toBeNull()
        await api.post(`/admin/ocop/certifications/${cert}/renew`, { score: 75, criteria_version: "148/2023", certificate_no: "OCOP-66-2026-108", issued_at: daysFrom(now, -1) }, admin)
        const after = await scan(code, "198.51.100.1")
        expect(after.data.certification.status).toBe("superseded")
        expect(after.data.stamp).toMatchObject({ printed_stars: 3, warning: "stars_changed" })
        expect((await api.get("/admin/ocop/stamps?warning=stars_changed", admin)).data.stamps.map((s: any) => s.certificate_no)).toEqual(["OCOP-66-2025-107"])
      })

      it("answers an unknown code with a 404 that suggests nothing, and a malformed or hostile one with a 400", async () => {
        const unknown = await scan("ZZZZ-ZZZZ-ZZZZ-ZZZZ", "203.0.113.7")
        expect(unknown.status).toBe(404)
        expect(unknown.data.suggestions).toBeUndefined()
        for (const bad of ["short", "UUUU-UUUU-UUUU-UUUU", "' OR 1=1 --", "%00", "7KQ4-M2XD-9TBN-C3H%25", "a".repeat(70)]) {
          expect((await scan(bad, "203.0.113.7")).status, bad).toBe(400)
        }
      })

      it("lets a producer's members print stamps for their own certificates only (the authorisation matrix)", async () => {
        const ownerA = await ownerOf(producerA.id, "chu-tem-a@example.vn")
        const staffA = await ownerOf(producerA.id, "nv-tem-a@example.vn", "staff")
        const ownerB = await ownerOf(producerB.id, "chu-tem-b@example.vn")
        const batchA = (await api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity: 2 }, admin)).data.stamp_batch
        const actors: Record<string, Headers | undefined> = { none: undefined, shopper: storefront.headers, admin, ownerB, staffA, ownerA }
        const routes = [
          ["GET", "/producer/certifications"],
          ["GET", `/producer/certifications/${ids.valid}/stamp-batches`],
          ["POST", `/producer/certifications/${ids.valid}/stamp-batches`],
          ["GET", `/producer/stamp-batches/${batchA.id}/labels`],
        ] as const
        const expected = (actor: string, method: string, url: string) => {
          if (["none", "shopper", "admin"].includes(actor)) return 401
          if (actor === "ownerB") return url === "/producer/certifications" ? 200 : 404
          return method === "POST" ? 201 : 200
        }
        const cases: string[] = []
        for (const actor of Object.keys(actors)) {
          for (const [method, url] of routes) {
            const config = { ...(actors[actor] ?? {}), responseType: "arraybuffer" as const }
            const answer = await settle(method === "GET" ? api.get(url, config) : api.post(url, { quantity: 5 }, config))
            cases.push(`${actor} ${method} ${url} → ${answer.status}`)
            expect(answer.status, `${actor} ${method} ${url}`).toBe(expected(actor, method, url))
          }
        }
        const own = await api.get("/producer/certifications", ownerA)
        expect(own.data.certifications.map((c: any) => c.certificate_no)).toEqual(expect.arrayContaining(["OCOP-66-2025-101", "OCOP-66-2024-104"]))
        expect(JSON.stringify((await api.get("/producer/certifications", ownerB)).data)).not.toContain("OCOP-66-2025-101")
        const issuedByStaff = (await api.get(`/producer/certifications/${ids.valid}/stamp-batches`, staffA)).data.stamp_batches
        expect(issuedByStaff.filter((b: any) => b.issued_by === "producer")).toHaveLength(2)
        console.log(`stamp authorisation matrix: ${cases.length} cases`)
      })

      it("answers too many checks of one code with a 429 in both languages", async () => {
        const batch = (await api.post(`/admin/ocop/certifications/${ids.valid}/stamp-batches`, { quantity: 1 }, admin)).data.stamp_batch
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ code }] = (await db.raw("select code from ocop_stamp_code where batch_id = ?", [batch.id])).rows
        let last = { status: 200 } as any
        for (let i = 0; i < 61 && last.status !== 429; i++) last = await scan(code, `10.${Math.floor(i / 250)}.${i % 250}.1`)
        expect(last.status).toBe(429)
        expect(last.headers["retry-after"]).toBeTruthy()
        expect(last.data.message).toMatch(/Quá nhiều lần thử.*too many attempts/)
      })
    })
    void DAY_MS
  },
})
