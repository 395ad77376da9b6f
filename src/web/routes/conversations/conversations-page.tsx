import { Group, MultiSelect, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import {
  type ConversationStatus,
  conversationStatuses,
  statusLabel,
} from '../../../core/conversations/status.ts'
import { useConversations } from '../../api/conversations.ts'
import { ListStates } from '../../components/feedback/list-states.tsx'
import { OrderSegments } from '../../components/forms/record-form.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { formatLabel } from '../../components/records/conversation-lines.tsx'
import { formatStart } from '../../components/records/dates.ts'
import { ListTable, RecordLink } from '../../components/records/list-table.tsx'
import { Pager } from '../../components/records/pager.tsx'
import { paths } from '../../components/records/paths.ts'
import { NewLink } from '../../components/records/section.tsx'
import { ConversationStatusBadge } from '../../components/records/status-badges.tsx'

const pageSize = 50

function parseStatuses(value: string | null): ConversationStatus[] {
  return (value ?? '')
    .split(',')
    .flatMap((part) => conversationStatuses.filter((status) => status === part))
}

export function ConversationsPage() {
  const [params, setParams] = useSearchParams()
  const statuses = parseStatuses(params.get('status'))
  const sort = params.get('sort') === 'upcoming' ? 'upcoming' : 'recent'
  const [offset, setOffset] = useState(0)
  const update = (key: string, value: string | null) => {
    setOffset(0)
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  }
  const conversations = useConversations({ statuses, sort, limit: pageSize, offset })
  return (
    <>
      <PageHeader
        title="Conversations"
        description="Every chat from the first idea to the thank-you: identified → requested → scheduled → met → thanked."
        actions={<NewLink to={`${paths.conversations}/new`}>New conversation</NewLink>}
      />
      <Group gap="sm" mb="md" align="flex-end">
        <MultiSelect
          label="Status"
          placeholder={statuses.length ? undefined : 'Any status'}
          data={conversationStatuses.map((status) => ({
            value: status,
            label: statusLabel(status),
          }))}
          value={statuses}
          onChange={(value) => update('status', value.join(','))}
          clearable
          w={{ base: '100%', xs: 320 }}
        />
        <OrderSegments
          value={sort}
          orders={[
            { value: 'recent', label: 'Latest change' },
            { value: 'upcoming', label: 'Upcoming first' },
          ]}
          onChange={(order) => update('sort', order === 'upcoming' ? 'upcoming' : null)}
        />
      </Group>
      <ListStates
        query={conversations}
        rows={5}
        list="conversations"
        noMatch={
          statuses.length
            ? `No conversations with ${statuses.map(statusLabel).join(' or ')} status.`
            : null
        }
      >
        {(data) => (
          <>
            <ListTable columns={[['With'], ['When', 'sm'], ['Careers', 'md'], ['Status']]}>
              <Table.Tbody>
                {data.items.map((conversation) => {
                  const start = formatStart(conversation)
                  return (
                    <Table.Tr key={conversation.id}>
                      <Table.Td>
                        <RecordLink to={paths.conversation(conversation.id)}>
                          {conversation.person}
                        </RecordLink>
                        <Text size="xs" c="dimmed">
                          {[conversation.organization, formatLabel(conversation.format)]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        <Text size="xs" c="dimmed" hiddenFrom="sm">
                          {start ?? ''}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">
                          {start ?? (
                            <Text span c="dimmed" size="sm">
                              not set
                            </Text>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="md">
                        <Text size="sm">{conversation.careers.join(', ') || '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <ConversationStatusBadge status={conversation.status} />
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </ListTable>
            <Pager total={data.total} limit={pageSize} offset={offset} onOffsetChange={setOffset} />
          </>
        )}
      </ListStates>
    </>
  )
}
