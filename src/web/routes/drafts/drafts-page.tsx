import { Paper, SegmentedControl, Stack } from '@mantine/core'
import { useSearchParams } from 'react-router'
import { useMessages } from '../../api/messages.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { draftPaths } from '../../components/outreach/kinds.ts'
import { MessageLines } from '../../components/outreach/message-lines.tsx'
import { NewLink } from '../../components/records/section.tsx'

const filters = ['draft', 'sent', 'replied', 'all'] as const
type Filter = (typeof filters)[number]

function isFilter(value: string | null): value is Filter {
  return filters.some((f) => f === value)
}

/** Every message: drafts to finish, what went out, and what was answered. */
export function DraftsPage() {
  const [params, setParams] = useSearchParams()
  const raw = params.get('status')
  const status: Filter = isFilter(raw) ? raw : 'all'
  const messages = useMessages({ status: status === 'all' ? undefined : status, limit: 200 })
  return (
    <>
      <PageHeader
        title="Messages"
        description="Drafts checked against the short-email rules, and everything you sent, by your own hand."
        actions={<NewLink to={draftPaths.new({})}>New draft</NewLink>}
      />
      <Stack gap="md">
        <SegmentedControl
          value={status}
          onChange={(value) => setParams(value === 'all' ? {} : { status: value })}
          data={[
            { value: 'all', label: 'All' },
            { value: 'draft', label: 'Drafts' },
            { value: 'sent', label: 'Sent' },
            { value: 'replied', label: 'Replied' },
          ]}
          aria-label="Which messages"
          style={{ alignSelf: 'flex-start' }}
        />
        <Paper p={{ base: 'md', sm: 'lg' }}>
          {messages.isPending ? (
            <PageSkeleton rows={3} />
          ) : messages.isError ? (
            <LoadError error={messages.error} onRetry={() => messages.refetch()} />
          ) : (
            <MessageLines
              messages={messages.data.items}
              showPerson
              empty="No messages here yet. Start from a person's page, or from Today."
            />
          )}
        </Paper>
      </Stack>
    </>
  )
}
