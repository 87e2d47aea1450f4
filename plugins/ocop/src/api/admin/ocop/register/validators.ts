import { z } from "@medusajs/framework/zod"
import { paging } from "../../../utils/validators"

export const AdminListRegisterImports = z.object({ ...paging() }).strict()
export type AdminListRegisterImportsType = z.infer<typeof AdminListRegisterImports>
