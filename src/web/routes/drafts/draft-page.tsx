import { Anchor, Badge, Grid, Stack } from '@mantine/core'
import { Link, useParams } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { useDeleteMessage, useMessage } from '../../api/messages.ts'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useDeleteThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { DraftWorkspace } from '../../components/outreach/draft-workspace.tsx'
import {
  draftPaths,
  messageKindLabels,
  messageStatusColors,
} from '../../components/outreach/kinds.ts'
import { HighlightedText, ProblemList } from '../../components/outreach/lint-highlight.tsx'
import { SentPanel } from '../../components/outreach/sent-panel.tsx'
import { paths } from '../../components/records/paths.ts'
import { Section } from '../../components/records/section.tsx'

/** One message: the draft editor with live lint and the ways out, or the message as sent. */
export function DraftPage() {
  const { id = '' } = useParams()
  const message = useMessage(id)
  const deletion = useDeleteThenOpen(useDeleteMessage(), id, draftPaths.list)
  if (!isLoaded(message)) return <RecordWait query={message} kind="message" rows={4} />
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
            {...deletion}
          />
        }
      />
      {m.status === 'draft' ? (
        <DraftWorkspace key={m.id} message={m} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <SentMessage message={m} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Section title={m.status === 'replied' ? 'Replied' : 'Sent'}>
              <SentPanel message={m} />
            </Section>
          </Grid.Col>
        </Grid>
      )}
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
