import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { statusLabel } from '../../../core/conversations/status.ts'
import { type MessageKind, messageKinds } from '../../../core/outreach/schema.ts'
import { useConversations } from '../../api/conversations.ts'
import { useCreateDraft } from '../../api/messages.ts'
import { PersonSelect } from '../../components/forms/record-selects.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { draftPaths, messageKindLabels } from '../../components/outreach/kinds.ts'
import { formatStart } from '../../components/records/dates.ts'

function isKind(value: string | null): value is MessageKind {
  return messageKinds.some((k) => k === value)
}

/**
 * Starts a draft: what kind, to whom, about which conversation. Today's
 * links arrive with all three filled in; the template does the rest.
 */
export function NewDraftPage() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const initialKind = params.get('kind')
  const [kind, setKind] = useState<MessageKind>(isKind(initialKind) ? initialKind : 'outreach')
  const [personId, setPersonId] = useState<string | null>(params.get('personId'))
  const [conversationId, setConversationId] = useState<string | null>(params.get('conversationId'))
  const conversations = useConversations({ personId: personId ?? undefined, limit: 50 })
  const create = useCreateDraft()
  const options = (personId ? (conversations.data?.items ?? []) : []).map((c) => ({
    value: c.id,
    label: `${statusLabel(c.status)}${c.scheduledAt ? ` · ${formatStart(c)}` : ''}`,
  }))
  return (
    <>
      <PageHeader
        title="New draft"
        description="Drafts start from your template for the kind of message, filled in from what coffeechat knows."
        crumbs={[{ label: 'Messages', to: draftPaths.list }]}
      />
      <Paper p={{ base: 'md', sm: 'lg' }} maw={640}>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (!personId) return
            create.mutate(
              { kind, personId, conversationId },
              { onSuccess: (draft) => navigate(draftPaths.draft(draft.id), { replace: true }) },
            )
          }}
        >
          <Stack gap="sm">
            <Select
              label="Kind"
              data={messageKinds.map((k) => ({ value: k, label: messageKindLabels[k] }))}
              value={kind}
              onChange={(value) => isKind(value) && setKind(value)}
              allowDeselect={false}
            />
            <PersonSelect
              label="To"
              value={personId}
              onChange={(value) => {
                setPersonId(value)
                setConversationId(null)
              }}
              placeholder="Search by name"
              required
            />
            <Select
              label="Conversation"
              description="Optional: the conversation it is about (its date and place fill in a confirmation)."
              data={options}
              value={conversationId}
              onChange={setConversationId}
              clearable
              disabled={!personId || options.length === 0}
              placeholder={options.length === 0 ? 'None yet' : 'Pick one'}
            />
            {create.error ? (
              <Alert color="red" title="No draft written">
                <Text size="sm">{create.error.message}</Text>
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconPencil size={16} />}
                loading={create.isPending}
                disabled={!personId}
              >
                Write the draft
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  )
}
