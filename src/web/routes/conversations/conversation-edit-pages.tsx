import { useParams, useSearchParams } from 'react-router'
import { conversationStatuses } from '../../../core/conversations/status.ts'
import {
  useConversation,
  useCreateConversation,
  useUpdateConversation,
} from '../../api/conversations.ts'
import { useSettings } from '../../api/settings.ts'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useCreateThenOpen, useUpdateThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { ConversationForm } from './conversation-form.tsx'
import { conversationValues } from './conversation-values.ts'

function statusParam(value: string | null) {
  return conversationStatuses.find((status) => status === value) ?? null
}

export function NewConversationPage() {
  const [search] = useSearchParams()
  const settings = useSettings()
  const save = useCreateThenOpen(useCreateConversation(), paths.conversation)
  if (settings.isPending) return <PageSkeleton rows={3} />
  const personId = search.get('personId')
  return (
    <>
      <PageHeader
        title="New conversation"
        description="Someone you want to ask, a meeting you have set, or one that already happened."
        crumbs={[{ label: 'Conversations', to: paths.conversations }]}
      />
      <ConversationForm
        initialValues={conversationValues(undefined, {
          personId,
          careerId: search.get('careerId'),
          status: statusParam(search.get('status')),
          durationMinutes: settings.data?.settings.conversationMinutes,
        })}
        saveLabel="Add conversation"
        cancelTo={personId ? paths.person(personId) : paths.conversations}
        {...save}
      />
    </>
  )
}

export function EditConversationPage() {
  const { id = '' } = useParams()
  const [search] = useSearchParams()
  const conversation = useConversation(id)
  const save = useUpdateThenOpen(useUpdateConversation(), id, paths.conversation(id))
  if (!isLoaded(conversation)) return <RecordWait query={conversation} kind="conversation" />
  const c = conversation.data
  const status = statusParam(search.get('status'))
  return (
    <>
      <PageHeader
        title={`Conversation with ${c.person}`}
        description={
          status === 'scheduled' ? 'Set the day and time to mark it scheduled.' : undefined
        }
        crumbs={[
          { label: 'Conversations', to: paths.conversations },
          { label: c.person, to: paths.conversation(id) },
        ]}
      />
      <ConversationForm
        key={c.updatedAt}
        conversation={c}
        initialValues={conversationValues(c, {
          status: status && c.allowedStatuses.includes(status) ? status : null,
        })}
        saveLabel="Save changes"
        cancelTo={paths.conversation(id)}
        {...save}
      />
    </>
  )
}
