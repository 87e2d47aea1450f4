import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Notice, SubmitButton } from "~/components/form"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { EmailField } from "~/features/account/fields"
import { inviteMember, listInvites, listMembers, removeMember, requireMember, withdrawInvite } from "~/features/portal/portal.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { inviteSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, flash, members, invites] = await Promise.all([translatorFor(localeOf(request)), takePortalFlash(request), listMembers(token), listInvites(token)])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data({ title: `${t("portal.teamPage.title")} · ${t("portal.title")}`, me, members: members.members, invites: invites.invites, notice: flash.notice }, { headers })
}

/** The backend's refusals of team changes, in the page's words. */
function refusalKey(message: string): string {
  if (/keeps at least one owner/.test(message)) return "portal.teamPage.lastOwner"
  if (/already a member/.test(message)) return "portal.teamPage.alreadyMember"
  return "portal.teamPage.ownersOnly"
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const form = await request.formData()
  const intent = form.get("intent")
  const back = new URL(request.url).pathname
  const done = async (notice: string) => redirect(back, { headers: { "Set-Cookie": await flashPortal(request, notice) } })
  if (intent === "invite") {
    const parsed = parseForm(inviteSchema, form)
    if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
    const refused = await inviteMember(token, parsed.data)
    return refused ? data({ errors: { form: refusalKey(refused) } as Record<string, string>, values: parsed.values }, { status: 400 }) : done("portal.teamPage.sent")
  }
  const id = String(form.get("id") ?? "").slice(0, 100)
  if (intent === "withdraw" || intent === "remove") {
    const refused = intent === "withdraw" ? await withdrawInvite(token, id) : await removeMember(token, id)
    if (refused) return data({ errors: { form: refusalKey(refused) } as Record<string, string>, values: {} }, { status: 400 })
    return done(intent === "withdraw" ? "portal.teamPage.withdrawn" : "portal.teamPage.removed")
  }
  return data({ errors: { form: "portal.errors.summary" } as Record<string, string>, values: {} }, { status: 400 })
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

const smallButton = "min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50"

export default function PortalTeam() {
  const { me, members, invites, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, i18n } = usePortalTranslation()
  const owner = me.member.role === "owner"
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  const date = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" })
  return (
    <PortalShell me={me} title={t("portal.teamPage.title")} notice={notice ? t(notice) : null} error={errors.form ? t(errors.form) : null}>
      <section aria-labelledby="members">
        <h2 id="members" className="text-lg font-bold text-ocop-900">
          {t("portal.teamPage.members")}
        </h2>
        <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="break-words font-semibold text-stone-900">
                  {member.name || member.email} {member.id === me.member.id && <span className="font-normal text-stone-600">{t("portal.teamPage.you")}</span>}
                </p>
                <p className="break-all text-sm text-stone-700">
                  {member.email} · {t(`portal.roles.${member.role}`)}
                </p>
              </div>
              {owner && (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={member.id} />
                  <button type="submit" className={smallButton} aria-label={t("portal.teamPage.removeLabel", { name: member.name || member.email })}>
                    {t("portal.teamPage.remove")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="invites" className="mt-6">
        <h2 id="invites" className="text-lg font-bold text-ocop-900">
          {t("portal.teamPage.invites")}
        </h2>
        {invites.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("portal.teamPage.noInvites")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <p className="min-w-0 break-all text-sm text-stone-800">
                  <span className="font-semibold">{invite.email}</span> · {t(`portal.roles.${invite.role}`)} ·{" "}
                  {invite.state === "expired" ? t("portal.teamPage.expiredInvite") : t("portal.teamPage.until", { date: date.format(new Date(invite.expires_at)) })}
                </p>
                {owner && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="id" value={invite.id} />
                    <button type="submit" className={smallButton}>
                      {t("portal.teamPage.withdraw")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {owner && (
        <Form method="post" className="mt-6 space-y-4 rounded-xl border border-stone-200 bg-white p-4" noValidate>
          <h2 className="text-lg font-bold text-ocop-900">{t("portal.teamPage.invite")}</h2>
          <p className="text-sm text-stone-700">{t("portal.teamPage.inviteHint")}</p>
          {errors.email && <Notice tone="error">{t("portal.errors.summary")}</Notice>}
          <input type="hidden" name="intent" value="invite" />
          <EmailField defaultValue={values.email} error={errors.email ? "portal.errors.email" : undefined} />
          <fieldset>
            <legend className="text-sm font-semibold text-stone-800">{t("portal.teamPage.role")}</legend>
            <div className="mt-2 flex gap-4">
              {(["staff", "owner"] as const).map((role) => (
                <label key={role} className="flex min-h-11 items-center gap-2 text-base text-stone-900">
                  <input type="radio" name="role" value={role} defaultChecked={(values.role ?? "staff") === role} className="h-5 w-5" />
                  {t(`portal.roles.${role}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <SubmitButton busy={navigation.state === "submitting"}>{t("portal.teamPage.send")}</SubmitButton>
        </Form>
      )}
    </PortalShell>
  )
}
