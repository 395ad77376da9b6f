import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core'
import { useCallback, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { useDeleteMessage, useMessage } from '../../api/messages.ts'
import { isNotFound } from '../../api/request.ts'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { DraftEditor } from '../../components/outreach/draft-editor.tsx'
import {
  channelLabels,
  draftPaths,
  formatWhen,
  messageKindLabels,
  messageStatusColors,
} from '../../components/outreach/kinds.ts'
import { HighlightedText, ProblemList } from '../../components/outreach/lint-highlight.tsx'
import { ReferralAskGate } from '../../components/outreach/referral-ask-gate.tsx'
import { ReplyButton } from '../../components/outreach/reply-button.tsx'
import { VariablesHelp } from '../../components/outreach/variables-help.tsx'
import { WaysOut } from '../../components/outreach/ways-out.tsx'
import { paths } from '../../components/records/paths.ts'
import { Section } from '../../components/records/section.tsx'

/** One message: the draft editor with live lint and the ways out, or the message as sent. */
export function DraftPage() {
  const { id = '' } = useParams()
  const message = useMessage(id)
  const remove = useDeleteMessage()
  const navigate = useNavigate()
  const [dirty, setDirty] = useState(false)
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), [])
  if (message.isPending) return <PageSkeleton rows={4} />
  if (isNotFound(message.error)) {
    return (
      <NotFound title="No such message" back={{ label: 'All messages', to: draftPaths.list }} />
    )
  }
  if (message.isError) return <LoadError error={message.error} onRetry={() => message.refetch()} />
  const m = message.data
  return (
    <>
      <PageHeader
        title={
          <>
            {messageKindLabels[m.kind]} to{' '}
            <Anchor component={Link} to={paths.person(m.personId)} inherit>
              {m.person}
            </Anchor>
          </>
        }
        description={
          <>
            {m.organization ?? ''}
            {m.conversationId ? (
              <>
                {m.organization ? ' · ' : ''}
                <Anchor component={Link} to={paths.conversation(m.conversationId)}>
                  the conversation
                </Anchor>
              </>
            ) : null}
          </>
        }
        extra={
          <Badge color={messageStatusColors[m.status]} variant="light" size="lg">
            {m.status}
          </Badge>
        }
        crumbs={[{ label: 'Messages', to: draftPaths.list }]}
        actions={
          <ConfirmDelete
            name={m.status === 'draft' ? 'this draft' : 'this message'}
            consequence={
              m.status === 'draft'
                ? 'The draft goes; nothing was sent.'
                : 'It was sent: deleting it removes it from the record, and the follow-up cadence forgets it.'
            }
            pending={remove.isPending}
            onConfirm={() => remove.mutate(m.id, { onSuccess: () => navigate(draftPaths.list) })}
          />
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {m.status === 'draft' ? (
            <DraftEditor key={m.id} message={m} onDirtyChange={onDirtyChange} />
          ) : (
            <SentMessage message={m} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {m.status === 'draft' ? (
              <Section title="Send it">
                <ReferralAskGate message={m}>
                  <WaysOut message={m} dirty={dirty} />
                </ReferralAskGate>
              </Section>
            ) : (
              <Section title={m.status === 'replied' ? 'Replied' : 'Sent'}>
                <Stack gap="sm">
                  <Text size="sm">
                    Sent {m.sentAt ? formatWhen(m.sentAt) : ''}
                    {m.channel ? ` (${channelLabels[m.channel]})` : ''}
                    {m.to ? ` to ${m.to}` : ''}.
                  </Text>
                  {m.repliedAt ? (
                    <Text size="sm">They replied {formatWhen(m.repliedAt)}.</Text>
                  ) : null}
                  {m.overrideReason ? (
                    <Text size="sm" data-testid="referral-reason">
                      Asked for referrals against the advice because: {m.overrideReason}
                    </Text>
                  ) : null}
                  <Group>
                    <ReplyButton target={{ messageId: m.id }} name={m.person} show={!m.repliedAt} />
                  </Group>
                </Stack>
              </Section>
            )}
            {m.status === 'draft' ? (
              <Section title="Variables">
                <VariablesHelp />
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}

function SentMessage({ message }: { message: Message }) {
  return (
    <Section title={message.subject}>
      <Stack gap="md">
        <HighlightedText text={message.body} problems={message.lint.body.problems} />
        <ProblemList
          text={message.body}
          problems={message.lint.body.problems}
          words={message.lint.body.words}
        />
      </Stack>
    </Section>
  )
}
