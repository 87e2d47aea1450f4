import { MathBN } from "@medusajs/framework/utils"

/** A quantity or an amount as a number, whether Medusa hands it over as a number, a string or a BigNumber. */
export const amount = (value: unknown): number => (value == null ? 0 : MathBN.convert(value as any).toNumber())
