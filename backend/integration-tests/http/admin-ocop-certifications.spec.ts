import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addMonths, certificationState } from "@ocop/medusa-plugin-ocop/rules"
import {
  catalogueRow,
  certificationBody,
  createTestProduct,
  daysFromToday,
  failure,
  inStorefrontChannel,
  loginAsAdmin,
  type Headers,
} from "../fixtures/admin"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let coffee: { id: string; handle: string }
    let honey: { id: string; handle: string }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      coffee = await createTestProduct(getContainer(), { handle: "ca-phe-robusta-ea-tu", title: "Cà phê Robusta Ea Tu" })
      honey = await createTestProduct(getContainer(), { handle: "mat-ong-hoa-ca-phe", title: "Mật ong hoa cà phê", price: 180_000 })
    })

    const certify = async (productId: string, overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/ocop/certifications", certificationBody(productId, overrides), admin)).data.certification
    const certificationsOf = async (productId: string) =>
      (await api.get(`/admin/ocop/certifications?product_id=${productId}`, admin)).data
    const ocopView = async (productId: string) => (await api.get(`/admin/ocop/products/${productId}`, admin)).data.product

    /** Nothing of a refused certification may remain: no row, no card, no place in the storefront channel. */
    const expectNothingWritten = async (product: { id: string; handle: string }) => {
      expect((await api.get("/admin/ocop/certifications", admin)).data.count).toBe(0)
      expect(await catalogueRow(getContainer(), product.handle)).toBeUndefined()
      expect(await inStorefrontChannel(getContainer(), product.id)).toBe(false)
    }

    describe("/admin/ocop/certifications", () => {
      it("answers 401 to every certification route without an admin login, and certifies nothing", async () => {
        const certification = await certify(coffee.id)
        const calls = [
          () => api.get("/admin/ocop/certifications"),
          () => api.post("/admin/ocop/certifications", certificationBody(honey.id, { certificate_no: "OCOP-66-TEST-002" })),
          () => api.get(`/admin/ocop/certifications/${certification.id}`),
          () => api.post(`/admin/ocop/certifications/${certification.id}/renew`, { score: 80, criteria_version: "148/2023", certificate_no: "X", issued_at: daysFromToday(0) }),
          () => api.post(`/admin/ocop/certifications/${certification.id}/revoke`, { reason: "thử" }),
          () => api.get(`/admin/ocop/products/${coffee.id}`),
        ]
        for (const call of calls) expect((await failure(call())).status).toBe(401)
        expect((await api.get("/admin/ocop/certifications", admin)).data.count).toBe(1)
        expect((await api.get(`/admin/ocop/certifications/${certification.id}`, admin)).data.certification.state).toBe("valid")
      })

      it("certifies a product: valid for 36 months, certified by the province, listed in the store and sellable", async () => {
        const body = certificationBody(coffee.id)
        const certification = await certify(coffee.id)
        expect(certification).toMatchObject({
          product_id: coffee.id,
          product: { id: coffee.id, handle: coffee.handle },
          stars: 4,
          score: 78,
          criteria_version: "148/2023",
          group: "food",
          sub_group: "coffee_cacao",
          level: "province",
          certificate_no: "OCOP-66-TEST-001",
          decision_no: "1378/QĐ-UBND",
          revoked_at: null,
          renews_id: null,
          state: "valid",
        })
        expect(certification.issued_at).toBe(new Date(body.issued_at).toISOString())
        expect(certification.expires_at).toBe(addMonths(body.issued_at, 36).toISOString())

        expect(await catalogueRow(getContainer(), coffee.handle)).toMatchObject({ stars: 4, certificate_no: "OCOP-66-TEST-001", price_amount: 120_000 })
        expect(await inStorefrontChannel(getContainer(), coffee.id)).toBe(true)
        expect((await api.get(`/admin/ocop/certifications/${certification.id}`, admin)).data.certification).toEqual(certification)
      })

      it("takes the stars from the score's band when none are given, and has the nation certify 5 stars", async () => {
        const certification = await certify(coffee.id, { stars: undefined, score: 92 })
        expect(certification).toMatchObject({ stars: 5, level: "national", state: "valid" })
      })

      it("refuses stars that disagree with the score's band, in both languages, and writes nothing", async () => {
        const response = await failure(api.post("/admin/ocop/certifications", certificationBody(coffee.id, { score: 65, stars: 4 }), admin))
        expect(response.status).toBe(400)
        expect(response.data).toEqual({
          type: "invalid_data",
          message: "Điểm 65 tương ứng 3 sao, không phải 4 sao / score 65 is a 3-star band, not 4",
        })
        await expectNothingWritten(coffee)
      })

      it.each([
        ["a score above 100", { score: 101, stars: 5 }, "Điểm 101 nằm ngoài thang 0–100 / score 101 is outside 0–100"],
        ["a score below 0", { score: -1, stars: undefined }, "Điểm -1 nằm ngoài thang 0–100 / score -1 is outside 0–100"],
        [
          "an expiry before the issue",
          { issued_at: daysFromToday(-30), expires_at: daysFromToday(-60) },
          "Ngày hết hạn phải sau ngày cấp / the expiry date must come after the issue date",
        ],
        [
          "a group the criteria version does not have",
          { criteria_version: "1048/2019", group: "tourism", sub_group: null },
          'Nhóm "tourism" không có trong bộ tiêu chí 1048/2019 / group "tourism" is not in criteria version 1048/2019',
        ],
        [
          "a sub-group outside its group",
          { group: "drinks", sub_group: "coffee_cacao" },
          'Nhóm "drinks/coffee_cacao" không có trong bộ tiêu chí 148/2023 / group "drinks/coffee_cacao" is not in criteria version 148/2023',
        ],
        ["an unknown criteria version", { criteria_version: "999/2030" }, /Phiên bản bộ tiêu chí "999\/2030" không tồn tại .* \/ unknown criteria version "999\/2030"/],
        ["a product that does not exist", { product_id: "prod_missing" }, "Không có sản phẩm prod_missing / product prod_missing does not exist"],
        ["a 3-star rating without a certificate number", { score: 60, stars: 3, certificate_no: null }, "Sản phẩm 3 sao cần số giấy chứng nhận / a 3-star product needs a certificate number"],
        ["a certificate number on a 2-star rating", { score: 40, stars: 2 }, "Sản phẩm 2 sao không được cấp giấy chứng nhận OCOP / a 2-star product gets no OCOP certificate"],
        ["an issue date that is not a date", { issued_at: "14/06/2024" }, /Ngày không hợp lệ \(dạng 2024-06-14\) \/ not a date/],
        ["a score that is not a number", { score: "78" }, /Expected type: 'number' for field 'score'/],
        ["a field the API does not know", { level: "national" }, "Invalid request: Unrecognized fields: 'level'"],
      ])("refuses %s with 400 and writes nothing", async (_, overrides, message) => {
        const body = { ...certificationBody(coffee.id), ...overrides }
        const response = await failure(api.post("/admin/ocop/certifications", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        if (typeof message === "string") expect(response.data.message).toContain(message)
        else expect(response.data.message).toMatch(message)
        await expectNothingWritten(coffee)
      })

      it.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01"])("refuses the issue date %s, a day the calendar does not have", async (issued_at) => {
        const response = await failure(api.post("/admin/ocop/certifications", certificationBody(coffee.id, { issued_at }), admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/not a date \(write 2024-06-14\)/)
        expect((await certificationsOf(coffee.id)).count).toBe(0)
      })

      it("refuses a certificate number already given to another product, and writes nothing for the second", async () => {
        await certify(coffee.id)
        const response = await failure(api.post("/admin/ocop/certifications", certificationBody(honey.id), admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          "Số giấy chứng nhận OCOP-66-TEST-001 đã được dùng / certificate number OCOP-66-TEST-001 is already used"
        )
        expect((await certificationsOf(honey.id)).count).toBe(0)
        expect(await catalogueRow(getContainer(), honey.handle)).toBeUndefined()
        expect((await api.get("/admin/ocop/certifications", admin)).data.count).toBe(1)
      })

      it("lists certifications by product and by state, every state agreeing with rules.ts", async () => {
        const valid = await certify(coffee.id, { certificate_no: "OCOP-A" })
        // Issued 40 months ago under the 36-month rule: expired.
        const expired = await certify(honey.id, { certificate_no: "OCOP-B", issued_at: daysFromToday(-1220), group: "food", sub_group: "raw_preprocessed" })
        const later = await certify(honey.id, { certificate_no: "OCOP-C", issued_at: daysFromToday(10), group: "food", sub_group: "raw_preprocessed" })
        const revoked = await certify(coffee.id, { certificate_no: "OCOP-D", issued_at: daysFromToday(-10) })
        await api.post(`/admin/ocop/certifications/${revoked.id}/revoke`, { reason: "Vi phạm an toàn thực phẩm" }, admin)

        const byState = async (state: string) => (await api.get(`/admin/ocop/certifications?state=${state}`, admin)).data.certifications
        expect((await byState("valid")).map((c: any) => c.id)).toEqual([valid.id])
        expect((await byState("expired")).map((c: any) => c.id)).toEqual([expired.id])
        expect((await byState("not_yet_valid")).map((c: any) => c.id)).toEqual([later.id])
        expect((await byState("revoked")).map((c: any) => c.id)).toEqual([revoked.id])

        const all = (await api.get("/admin/ocop/certifications?limit=100", admin)).data
        expect(all.count).toBe(4)
        for (const cert of all.certifications) {
          expect(cert.state).toBe(certificationState(cert, new Date()))
        }
        // Newest issue first by default.
        expect(all.certifications.map((c: any) => c.certificate_no)).toEqual(["OCOP-C", "OCOP-D", "OCOP-A", "OCOP-B"])

        const ofHoney = await certificationsOf(honey.id)
        expect(ofHoney.count).toBe(2)
        expect(ofHoney.certifications.every((c: any) => c.product_id === honey.id)).toBe(true)
        const page = (await api.get("/admin/ocop/certifications?order=issued_at&limit=1&offset=1", admin)).data
        expect(page).toMatchObject({ count: 4, limit: 1, offset: 1 })
        expect(page.certifications[0].certificate_no).toBe("OCOP-A")
      })

      it.each(["state=lapsed", "limit=1000", "offset=-1", "order=stars", "product=ca-phe"])(
        "refuses the list query %s with 400",
        async (search) => {
          expect((await failure(api.get(`/admin/ocop/certifications?${search}`, admin))).status).toBe(400)
        }
      )
    })

    describe("/admin/ocop/certifications/:id/renew", () => {
      it("keeps a certificate valid today speaking for its product when a renewal is dated later, until that day", async () => {
        const old = await certify(coffee.id, { issued_at: daysFromToday(-300) })
        const { data } = await api.post(
          `/admin/ocop/certifications/${old.id}/renew`,
          { score: 80, criteria_version: "148/2023", certificate_no: "OCOP-66-TEST-LATER", issued_at: daysFromToday(20) },
          admin
        )
        expect(data.certification.state).toBe("not_yet_valid")
        expect((await ocopView(coffee.id)).current_certification.id).toBe(old.id)
        expect(await catalogueRow(getContainer(), coffee.handle)).toMatchObject({ certificate_no: "OCOP-66-TEST-001" })
        expect(await inStorefrontChannel(getContainer(), coffee.id)).toBe(true)
      })

      it("renews: a new certification names the old one, the old stays as history, the store card shows the new certificate", async () => {
        const old = await certify(coffee.id, { issued_at: daysFromToday(-1000) })
        const { data } = await api.post(
          `/admin/ocop/certifications/${old.id}/renew`,
          { score: 91, criteria_version: "1489/2025", certificate_no: "OCOP-66-TEST-002", decision_no: "88/QĐ-TTg", issued_at: daysFromToday(-1) },
          admin
        )
        expect(data.certification).toMatchObject({
          renews_id: old.id,
          product_id: coffee.id,
          stars: 5,
          level: "national",
          criteria_version: "1489/2025",
          // Group and sub-group carry over when the renewal does not change them.
          group: "food",
          sub_group: "coffee_cacao",
          state: "valid",
        })

        const view = await ocopView(coffee.id)
        expect(view.current_certification.id).toBe(data.certification.id)
        expect(view.certifications.map((c: any) => c.id)).toEqual([data.certification.id, old.id])
        expect(view.certifications[1]).toMatchObject({ certificate_no: "OCOP-66-TEST-001", state: "valid", revoked_at: null })
        expect(await catalogueRow(getContainer(), coffee.handle)).toMatchObject({ stars: 5, certificate_no: "OCOP-66-TEST-002", level: "national" })
      })

      it("renews a revoked certification, which brings the product back to the store", async () => {
        const old = await certify(coffee.id)
        await api.post(`/admin/ocop/certifications/${old.id}/revoke`, { reason: "Hồ sơ thiếu" }, admin)
        expect(await catalogueRow(getContainer(), coffee.handle)).toBeUndefined()
        await api.post(
          `/admin/ocop/certifications/${old.id}/renew`,
          { score: 72, criteria_version: "148/2023", certificate_no: "OCOP-66-TEST-003", issued_at: daysFromToday(-1) },
          admin
        )
        expect(await catalogueRow(getContainer(), coffee.handle)).toMatchObject({ certificate_no: "OCOP-66-TEST-003" })
        expect(await inStorefrontChannel(getContainer(), coffee.id)).toBe(true)
      })

      it("refuses a renewal that breaks the rules, and the old certificate keeps speaking for the product", async () => {
        const old = await certify(coffee.id)
        const response = await failure(
          api.post(
            `/admin/ocop/certifications/${old.id}/renew`,
            { score: 65, stars: 4, criteria_version: "148/2023", certificate_no: "OCOP-66-TEST-002", issued_at: daysFromToday(0) },
            admin
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("Điểm 65 tương ứng 3 sao, không phải 4 sao / score 65 is a 3-star band, not 4")
        expect((await certificationsOf(coffee.id)).count).toBe(1)
        expect((await ocopView(coffee.id)).current_certification.id).toBe(old.id)
        expect((await catalogueRow(getContainer(), coffee.handle))?.certificate_no).toBe("OCOP-66-TEST-001")
      })

      it("refuses a renewal without a certificate number", async () => {
        const old = await certify(coffee.id)
        const response = await failure(
          api.post(`/admin/ocop/certifications/${old.id}/renew`, { score: 80, criteria_version: "148/2023", issued_at: daysFromToday(0) }, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/certificate_no/)
        expect((await certificationsOf(coffee.id)).count).toBe(1)
      })
    })

    describe("/admin/ocop/certifications/:id/revoke", () => {
      it("revokes with a reason: the certification says revoked, and the product leaves the store's read model and channel", async () => {
        const certification = await certify(coffee.id)
        expect(await inStorefrontChannel(getContainer(), coffee.id)).toBe(true)

        const { data } = await api.post(`/admin/ocop/certifications/${certification.id}/revoke`, { reason: "  Vi phạm nhãn mác  " }, admin)
        expect(data.certification).toMatchObject({ id: certification.id, state: "revoked", revoked_reason: "Vi phạm nhãn mác" })
        expect(data.certification.revoked_at).not.toBeNull()

        expect(await catalogueRow(getContainer(), coffee.handle)).toBeUndefined()
        expect(await inStorefrontChannel(getContainer(), coffee.id)).toBe(false)
        const view = await ocopView(coffee.id)
        expect(view).toMatchObject({ current_certification: null, listed: false })
        expect(view.certifications.map((c: any) => c.state)).toEqual(["revoked"])
      })

      it("refuses a revocation without a reason, and one of a certificate already revoked; the product stays as it was", async () => {
        const certification = await certify(coffee.id)
        for (const body of [{}, { reason: "   " }]) {
          const response = await failure(api.post(`/admin/ocop/certifications/${certification.id}/revoke`, body, admin))
          expect(response.status).toBe(400)
        }
        expect((await failure(api.post(`/admin/ocop/certifications/${certification.id}/revoke`, { reason: " " }, admin))).data.message).toMatch(
          /Cần nêu lý do thu hồi \/ a reason is required/
        )
        expect((await catalogueRow(getContainer(), coffee.handle))?.certificate_no).toBe("OCOP-66-TEST-001")

        await api.post(`/admin/ocop/certifications/${certification.id}/revoke`, { reason: "Hồ sơ giả" }, admin)
        const again = await failure(api.post(`/admin/ocop/certifications/${certification.id}/revoke`, { reason: "Lần nữa" }, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/đã bị thu hồi \/ .* is already revoked/)
        expect((await api.get(`/admin/ocop/certifications/${certification.id}`, admin)).data.certification.revoked_reason).toBe("Hồ sơ giả")
      })

      it("answers 404 for a certification that does not exist, to read, renew or revoke", async () => {
        for (const call of [
          () => api.get("/admin/ocop/certifications/ocert_missing", admin),
          () => api.post("/admin/ocop/certifications/ocert_missing/renew", { score: 80, criteria_version: "148/2023", certificate_no: "X", issued_at: daysFromToday(0) }, admin),
          () => api.post("/admin/ocop/certifications/ocert_missing/revoke", { reason: "Không có" }, admin),
        ]) {
          const response = await failure(call())
          expect(response.status).toBe(404)
          expect(response.data.type).toBe("not_found")
        }
      })
    })

    describe("/admin/ocop/products/:id", () => {
      it("shows a product never certified as such: no certification, not listed", async () => {
        expect(await ocopView(honey.id)).toEqual({
          id: honey.id,
          title: "Mật ong hoa cà phê",
          handle: honey.handle,
          status: "published",
          thumbnail: null,
          current_certification: null,
          certifications: [],
          producer: null,
          sales_points: [],
          listed: false,
        })
      })

      it("shows an expired certificate as the current one, in state expired, and the product not listed", async () => {
        await certify(honey.id, { issued_at: daysFromToday(-1200), group: "food", sub_group: "raw_preprocessed" })
        const view = await ocopView(honey.id)
        expect(view.current_certification.state).toBe("expired")
        expect(view.listed).toBe(false)
      })

      it("answers 404 for a product that does not exist, and 400 for unknown query fields", async () => {
        expect((await failure(api.get("/admin/ocop/products/prod_missing", admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/ocop/products/${honey.id}?fields=*`, admin))).status).toBe(400)
      })
    })
  },
})
