/**
 * Invitations to a producer's team (docs/decisions/017-marketplace-built-on-mercurs-pattern.md). The mailed link
 * carries `<invite id>.<expiry>.<signature>`: signed for that invite and for the expiry the invite row holds, so
 * sending an invite again (a new expiry) retires the old link, and nothing secret sits in the database.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { checkToken, claimedExpiry, signTokenUntil } from "../lib/signed-token"

export const INVITE_DAYS = 7
const PURPOSE = "producer-invite"
const LINK_TOKEN = /^(pinv_[A-Za-z0-9]{1,64})\.(.+)$/

export type InviteRow = {
  id: string
  producer_id: string
  email: string
  role: "owner" | "staff"
  expires_at: Date | string
  accepted_at: Date | string | null
  revoked_at: Date | string | null
}

export type InviteState = "open" | "accepted" | "revoked" | "expired"

export function inviteExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000)
}

export function signInviteLink(container: MedusaContainer, invite: Pick<InviteRow, "id" | "expires_at">) {
  return `${invite.id}.${signTokenUntil(container, PURPOSE, invite.id, new Date(invite.expires_at)).token}`
}

/** The invite a link names, before anything about it is trusted. */
export function inviteOfLink(token: string): string | null {
  return LINK_TOKEN.exec(token)?.[1] ?? null
}

export function inviteState(invite: InviteRow, now = new Date()): InviteState {
  if (invite.accepted_at) return "accepted"
  if (invite.revoked_at) return "revoked"
  return new Date(invite.expires_at).getTime() > now.getTime() ? "open" : "expired"
}

/** Whether the link is this invite's current one: signed by us for it and for the expiry it now has. */
export function isCurrentLink(container: MedusaContainer, invite: InviteRow, token: string, now = new Date()): boolean {
  const match = LINK_TOKEN.exec(token)
  if (!match || match[1] !== invite.id) return false
  const signed = match[2]!
  if (claimedExpiry(signed) !== new Date(invite.expires_at).getTime()) return false
  // An expired invite's link is still its own ("expired", not "invalid"): inviteState says which.
  return checkToken(container, PURPOSE, invite.id, signed, now) !== "invalid"
}

export const inviteErrors = {
  invalid: () =>
    new MedusaError(MedusaError.Types.INVALID_DATA, "Lời mời không hợp lệ / the invitation link is not valid", "invite_invalid"),
  used: () =>
    new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời đã được dùng hoặc đã bị huỷ / the invitation was used or withdrawn", "invite_used"),
  expired: () =>
    new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời đã hết hạn: hãy xin lời mời mới / the invitation has expired: ask for a new one", "invite_expired"),
  otherEmail: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Lời mời dành cho e-mail khác: hãy đăng ký bằng đúng e-mail được mời / the invitation is for another e-mail: sign up with the invited one",
      "invite_other_email"
    ),
  alreadyMember: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Tài khoản này đã thuộc một chủ thể OCOP / this login already acts for an OCOP producer",
      "already_member"
    ),
}
