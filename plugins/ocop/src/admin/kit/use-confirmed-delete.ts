import { toast, usePrompt } from "@medusajs/ui"
import type { UseMutationResult } from "@tanstack/react-query"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "./api-error"

/**
 * Delete after a confirmation, then go back to the list; a refusal (a producer that still has products) is
 * shown as the API words it.
 */
export function useConfirmedDelete({
  mutation,
  title,
  description,
  done,
  listPath,
}: {
  mutation: UseMutationResult<unknown, Error, void>
  title: string
  description: string
  done: string
  listPath: string
}) {
  const prompt = usePrompt()
  const navigate = useNavigate()
  return async () => {
    const confirmed = await prompt({ title, description, confirmText: "Xoá", cancelText: "Huỷ" })
    if (!confirmed) return
    mutation.mutate(undefined, {
      onSuccess: () => {
        toast.success(done)
        navigate(listPath)
      },
      onError: (error) => toast.error(errorMessage(error) ?? "Không xoá được"),
    })
  }
}
