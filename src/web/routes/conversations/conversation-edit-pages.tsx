import { useNavigate, useParams, useSearchParams } from 'react-router'
import { conversationStatuses } from '../../../core/conversations/status.ts'
import {
  useConversation,
  useCreateConversation,
  useUpdateConversation,
} from '../../api/conversations.ts'
import { isNotFound } from '../../api/request.ts'
import { useSettings } from '../../api/settings.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
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
  const create = useCreateConversation()
  const navigate = useNavigate()
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
        saving={create.isPending}
        saveLabel="Add conversation"
        cancelTo={personId ? paths.person(personId) : paths.conversations}
        onSave={(body, showIssues) =>
          create.mutate(body, {
            onSuccess: (conversation) => navigate(paths.conversation(conversation.id)),
            onError: showIssues,
          })
        }
      />
    </>
  )
}

export function EditConversationPage() {
  const { id = '' } = useParams()
  const [search] = useSearchParams()
  const conversation = useConversation(id)
  const update = useUpdateConversation()
  const navigate = useNavigate()
  if (conversation.isPending) return <PageSkeleton rows={3} />
  if (isNotFound(conversation.error)) {
    return (
      <NotFound
        title="No such conversation"
        back={{ label: 'All conversations', to: paths.conversations }}
      />
    )
  }
  if (conversation.isError)
    return <LoadError error={conversation.error} onRetry={() => conversation.refetch()} />
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
        saving={update.isPending}
        saveLabel="Save changes"
        cancelTo={paths.conversation(id)}
        onSave={(body, showIssues) =>
          update.mutate(
            { id, patch: body },
            { onSuccess: () => navigate(paths.conversation(id)), onError: showIssues },
          )
        }
      />
    </>
  )
}
