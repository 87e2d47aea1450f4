/**
 * Banks a producer can be paid into, by the 6-digit BIN NAPAS gives each member bank (what a VietQR code
 * carries), with the short name their customers know. The cooperatives' banks come first in people's minds in
 * Đắk Lắk (Agribank, Co-opBank, BIDV, LPBank), so the list is by name, not by size.
 */
export const PAYOUT_BANKS = [
  { bin: "970416", name: "ACB" },
  { bin: "970425", name: "ABBANK" },
  { bin: "970405", name: "Agribank" },
  { bin: "970409", name: "BacABank" },
  { bin: "970438", name: "BaoVietBank" },
  { bin: "970418", name: "BIDV" },
  { bin: "970454", name: "BVBank" },
  { bin: "970444", name: "CBBank" },
  { bin: "970446", name: "Co-opBank" },
  { bin: "970406", name: "DongA Bank" },
  { bin: "970431", name: "Eximbank" },
  { bin: "970408", name: "GPBank" },
  { bin: "970437", name: "HDBank" },
  { bin: "970452", name: "KienlongBank" },
  { bin: "970449", name: "LPBank" },
  { bin: "970422", name: "MB" },
  { bin: "970426", name: "MSB" },
  { bin: "970428", name: "Nam A Bank" },
  { bin: "970419", name: "NCB" },
  { bin: "970448", name: "OCB" },
  { bin: "970430", name: "PGBank" },
  { bin: "970412", name: "PVcomBank" },
  { bin: "970403", name: "Sacombank" },
  { bin: "970400", name: "Saigonbank" },
  { bin: "970429", name: "SCB" },
  { bin: "970440", name: "SeABank" },
  { bin: "970443", name: "SHB" },
  { bin: "970407", name: "Techcombank" },
  { bin: "970423", name: "TPBank" },
  { bin: "970441", name: "VIB" },
  { bin: "970427", name: "VietABank" },
  { bin: "970433", name: "Vietbank" },
  { bin: "970436", name: "Vietcombank" },
  { bin: "970415", name: "VietinBank" },
  { bin: "970432", name: "VPBank" },
] as const

export type PayoutBankBin = (typeof PAYOUT_BANKS)[number]["bin"]
export const PAYOUT_BANK_BINS = PAYOUT_BANKS.map((bank) => bank.bin) as [PayoutBankBin, ...PayoutBankBin[]]

export function bankName(bin: string): string | null {
  return PAYOUT_BANKS.find((bank) => bank.bin === bin)?.name ?? null
}
