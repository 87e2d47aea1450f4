import { Container, toast } from "@medusajs/ui"
import type { UseMutationResult, UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "./api-error"
import { DeleteMenu } from "./action-menu"
import { RecordForm, type FormField } from "./record-form"
import { Section, SectionHeader } from "./section"
import { useConfirmedDelete } from "./use-confirmed-delete"

type Mutation<TResult = unknown, TVars = Record<string, unknown>> = UseMutationResult<TResult, Error, TVars>

/** A new record: its form alone, and on success the record's own page. */
export function CreatePage<TResult>({
  title,
  fields,
  submitLabel,
  create,
  pathOf,
}: {
  title: string
  fields: FormField[]
  submitLabel: string
  create: Mutation<TResult>
  /** The created record's page. */
  pathOf: (result: TResult) => string
}) {
  const navigate = useNavigate()
  return (
    <Section title={title}>
      <RecordForm
        fields={fields}
        submitLabel={submitLabel}
        pending={create.isPending}
        error={errorMessage(create.error)}
        onSubmit={(body) => create.mutate(body, { onSuccess: (result) => navigate(pathOf(result)) })}
      />
    </Section>
  )
}

/**
 * A record's page: its name and the "…" menu that deletes it (after a confirmation, then back to the list), its
 * form, then the sections the page adds below (what it is linked to). Loading and a refusal to load are shown in
 * place of the page.
 */
export function DetailPage<TData, TRecord extends Record<string, unknown> & { id: string }>({
  load,
  record: pick,
  title,
  subtitle,
  fields,
  update,
  saved,
  remove,
  children,
}: {
  load: UseQueryResult<TData>
  record: (data: TData) => TRecord
  title: (record: TRecord) => string
  subtitle: (record: TRecord) => ReactNode
  fields: FormField[]
  update: Mutation
  /** The toast after a save. */
  saved: string
  remove: {
    mutation: Mutation<unknown, void>
    /** The record's name for the confirmation, or the kind while it loads. */
    name: (record: TRecord | undefined) => string
    description: string
    done: string
    listPath: string
  }
  children?: (record: TRecord) => ReactNode
}) {
  const record = load.data ? pick(load.data) : undefined
  const onDelete = useConfirmedDelete({
    mutation: remove.mutation,
    title: `Xoá ${remove.name(record)}?`,
    description: remove.description,
    done: remove.done,
    listPath: remove.listPath,
  })

  if (load.isLoading) return <Container className="px-6 py-4">Đang tải…</Container>
  if (load.error || !record) return <Container className="px-6 py-4 text-ui-fg-error">{errorMessage(load.error)}</Container>

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader title={title(record)} subtitle={subtitle(record)} actions={<DeleteMenu label="Xoá" onDelete={onDelete} />} />
        <RecordForm
          key={record.id}
          fields={fields}
          record={record}
          submitLabel="Lưu"
          pending={update.isPending}
          error={errorMessage(update.error)}
          onSubmit={(body) => update.mutate(body, { onSuccess: () => toast.success(saved) })}
        />
      </Container>
      {children?.(record)}
    </div>
  )
}
