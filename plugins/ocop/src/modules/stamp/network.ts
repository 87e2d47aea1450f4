import { createHmac } from "node:crypto"

/**
 * The network a check came from, as a keyed hash: the address's /24 (IPv4) or /48 (IPv6), so the phones of one
 * household or one carrier's gateway count as one network, and no address is ever stored (the key, a server
 * secret, makes the hash useless to anyone who reads the table).
 */
export function networkOf(address: string): string {
  const plain = address.trim().replace(/^::ffff:/i, "")
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(plain)) return plain.split(".").slice(0, 3).join(".")
  if (plain.includes(":")) {
    const [head = "", tail = ""] = plain.toLowerCase().split("::")
    const left = head ? head.split(":") : []
    const right = tail ? tail.split(":") : []
    const groups = plain.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left
    return groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, "")).join(":")
  }
  return plain
}

export function networkKey(address: string, secret: string): string {
  return createHmac("sha256", secret).update(networkOf(address)).digest("hex").slice(0, 24)
}
