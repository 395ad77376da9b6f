import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import { Fragment, type ReactNode } from 'react'
import { useParams } from 'react-router'
import { isLoaded, RecordWait } from '../feedback/record-wait.tsx'
import { PageHeader } from '../layout/page-header.tsx'
import { paths } from '../records/paths.ts'
import type { RecordFormActions } from './record-form.tsx'
import { useCreateThenOpen, useUpdateThenOpen } from './save-then-open.ts'

/** Each kind of record's new and edit pages: its list (the first crumb), its page, and the new page's words. */
const kinds = {
  career: {
    list: { label: 'Careers', to: paths.careers },
    pathOf: paths.career,
    title: 'New career',
    description: 'A career you are considering, or a narrower focus inside one.',
    saveLabel: 'Add career',
  },
  organization: {
    list: { label: 'Organizations', to: paths.organizations },
    pathOf: paths.organization,
    title: 'New organization',
    description: 'A company, lab, agency or firm where people do work you are curious about.',
    saveLabel: 'Add organization',
  },
  person: {
    list: { label: 'People', to: paths.people },
    pathOf: paths.person,
    title: 'New person',
    description: 'Someone who does, or did, work you are curious about.',
    saveLabel: 'Add person',
  },
  conversation: {
    list: { label: 'Conversations', to: paths.conversations },
    pathOf: paths.conversation,
    title: 'New conversation',
    description: 'Someone you want to ask, a meeting you have set, or one that already happened.',
    saveLabel: 'Add conversation',
  },
} as const

type Kind = keyof typeof kinds

/**
 * A new record's page: the kind's heading under its list, and its form,
 * which saves the record and then opens its page. `title` and `cancelTo`
 * replace the kind's own (a focus area, a conversation started from a person).
 */
export function NewRecordPage<Body, Saved extends { id: string }>({
  kind,
  create,
  title,
  cancelTo,
  children,
}: {
  kind: Kind
  create: UseMutationResult<Saved, Error, Body>
  title?: string
  cancelTo?: string
  children: (form: RecordFormActions<Body>) => ReactNode
}) {
  const { list, pathOf, description, saveLabel, ...words } = kinds[kind]
  const save = useCreateThenOpen(create, pathOf)
  return (
    <>
      <PageHeader title={title ?? words.title} description={description} crumbs={[list]} />
      {children({ saveLabel, cancelTo: cancelTo ?? list.to, ...save })}
    </>
  )
}

/**
 * A record's edit page, for the record named in the address: it waits for
 * the record, heads the page "Edit <name>" (or `title`) under its list and
 * its page, and draws its form afresh whenever the record changes; saving
 * goes back to the record's page.
 */
export function EditRecordPage<Data extends { name?: string; updatedAt: string }, Patch>({
  kind,
  useRecord,
  useUpdate,
  label = (record) => record.name ?? '',
  title = (record) => `Edit ${label(record)}`,
  description,
  children,
}: {
  kind: Kind
  useRecord: (id: string) => UseQueryResult<Data>
  useUpdate: () => UseMutationResult<unknown, Error, { id: string; patch: Patch }>
  /** The record's name, in the crumbs and the heading. */
  label?: (record: Data) => string
  title?: (record: Data) => string
  description?: string | undefined
  children: (record: Data, form: RecordFormActions<Patch>) => ReactNode
}) {
  const { id = '' } = useParams()
  const { list, pathOf } = kinds[kind]
  const record = useRecord(id)
  const save = useUpdateThenOpen(useUpdate(), id, pathOf(id))
  if (!isLoaded(record)) return <RecordWait query={record} kind={kind} />
  return (
    <>
      <PageHeader
        title={title(record.data)}
        description={description}
        crumbs={[list, { label: label(record.data), to: pathOf(id) }]}
      />
      <Fragment key={record.data.updatedAt}>
        {children(record.data, { saveLabel: 'Save changes', cancelTo: pathOf(id), ...save })}
      </Fragment>
    </>
  )
}
