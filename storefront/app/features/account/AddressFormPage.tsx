import { useActionData, useLoaderData } from "@remix-run/react"
import { useLocalizePath } from "~/i18n/use-locale"
import { AccountShell } from "./AccountShell"
import { AddressForm } from "./AddressForm"
import type { addressFormAction, addressFormLoader } from "./address-form.server"
import { useAccountTranslation } from "./strings"

/** The page of the "new address" and "edit address" routes, whose loader and action are address-form.server.ts. */
export function AddressFormPage({ titleKey }: { titleKey: string }) {
  const loaded = useLoaderData<typeof addressFormLoader>()
  const result = useActionData<typeof addressFormAction>()
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  return (
    <AccountShell name={loaded.name} title={t(titleKey)}>
      <AddressForm
        provinces={loaded.provinces}
        wards={result?.wards ?? loaded.wards}
        values={result?.values ?? loaded.values}
        errors={result?.errors}
        cancelTo={localize("/tai-khoan/dia-chi")}
      />
    </AccountShell>
  )
}
