import { useSearchParams } from 'react-router'
import { conversationStatuses } from '../../../core/conversations/status.ts'
import {
  useConversation,
  useCreateConversation,
  useUpdateConversation,
} from '../../api/conversations.ts'
import { useSettings } from '../../api/settings.ts'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { EditRecordPage, NewRecordPage } from '../../components/forms/record-edit-pages.tsx'
import { paths } from '../../components/records/paths.ts'
import { ConversationForm } from './conversation-form.tsx'
import { conversationValues } from './conversation-values.ts'

function statusParam(value: string | null) {
  return conversationStatuses.find((status) => status === value) ?? null
}

export function NewConversationPage() {
  const [search] = useSearchParams()
  const settings = useSettings()
  const create = useCreateConversation()
  if (settings.isPending) return <PageSkeleton rows={3} />
  const personId = search.get('personId')
  const initialValues = conversationValues(undefined, {
    personId,
    careerId: search.get('careerId'),
    status: statusParam(search.get('status')),
    durationMinutes: settings.data?.settings.conversationMinutes,
  })
  return (
    <NewRecordPage
      kind="conversation"
      create={create}
      cancelTo={personId ? paths.person(personId) : paths.conversations}
    >
      {(form) => <ConversationForm initialValues={initialValues} {...form} />}
    </NewRecordPage>
  )
}

export function EditConversationPage() {
  const [search] = useSearchParams()
  const status = statusParam(search.get('status'))
  return (
    <EditRecordPage
      kind="conversation"
      useRecord={useConversation}
      useUpdate={useUpdateConversation}
      label={(c) => c.person}
      title={(c) => `Conversation with ${c.person}`}
      description={
        status === 'scheduled' ? 'Set the day and time to mark it scheduled.' : undefined
      }
    >
      {(c, form) => (
        <ConversationForm
          conversation={c}
          initialValues={conversationValues(c, {
            status: status && c.allowedStatuses.includes(status) ? status : null,
          })}
          {...form}
        />
      )}
    </EditRecordPage>
  )
}
