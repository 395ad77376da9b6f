import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { MailFinding } from '../../../core/mail/schema.ts'
import { dayText, momentText } from '../../../core/shared/date-words.ts'
import {
  PROPOSED_FINDINGS,
  useConfirmFinding,
  useDismissFinding,
  useMailFindings,
} from '../../api/mail.ts'
import { dateStyle } from '../records/date-style.ts'
import { paths } from '../records/paths.ts'

/** What each kind of finding is, as a line says it, and what confirming it does. */
export function findingWords(f: MailFinding): { title: string; confirm: string; effect: string } {
  const when = momentText(f.mailAt, dateStyle(), new Date())
  switch (f.kind) {
    case 'reply':
      return {
        title: `Reply from ${f.personName}, ${when}`,
        confirm: 'Confirm the reply',
        effect: 'Confirming records the reply: the follow-ups stop.',
      }
    case 'auto_reply':
      return {
        title: f.absentUntil
          ? `${f.personName} is away until ${dayText(f.absentUntil, dateStyle())}`
          : `Auto-reply from ${f.personName}, ${when}`,
        confirm: 'Got it',
        effect: f.absentUntil
          ? 'An automatic answer, not a reply: the follow-up is counted from the day they are back.'
          : 'An automatic answer, not a reply: nothing changes.',
      }
    case 'sent_outside':
      return {
        title: `You wrote to ${f.personName} ${when}, from your own mail program`,
        confirm: 'Record it as sent',
        effect: 'Confirming records it as sent at that time, so the 3B7 follow-up counts it.',
      }
    case 'bounce':
      return {
        title: `Mail to ${f.address} came back`,
        confirm: 'Got it',
        effect: `${f.personName} does not get mail at this address: try another route.`,
      }
    case 'sent_draft':
      return {
        title: `Your draft to ${f.personName} went out ${when}`,
        confirm: 'Got it',
        effect: 'Marked sent at its real time.',
      }
  }
}

/** Today's first block: what the mail checks found, each with Confirm and Dismiss. */
export function MailProposals() {
  const findings = useMailFindings(PROPOSED_FINDINGS)
  const waiting = findings.data?.findings ?? []
  if (waiting.length === 0) return null
  return (
    <Paper
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-label="Found in your mail"
      mb="md"
      maw={900}
    >
      <Title order={2} fz="md" fw={650} mb="sm">
        Found in your mail
        <Text span c="dimmed" fw={500} ml={6}>
          {waiting.length}
        </Text>
      </Title>
      <Stack gap="md">
        {waiting.map((f) => (
          <Proposal key={f.id} finding={f} />
        ))}
      </Stack>
    </Paper>
  )
}

function Proposal({ finding: f }: { finding: MailFinding }) {
  const confirm = useConfirmFinding()
  const dismiss = useDismissFinding()
  const words = findingWords(f)
  const busy = confirm.isPending || dismiss.isPending
  return (
    <Stack gap={4} component="article" aria-label={words.title}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {words.title}
        </Text>
        <KindBadge finding={f} />
      </Group>
      {f.subject ? (
        <Text size="sm" c="dimmed" lineClamp={1}>
          “{f.subject}”
        </Text>
      ) : null}
      {f.firstLines ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
          {f.firstLines}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {words.effect}{' '}
        <Anchor component={Link} to={paths.person(f.personId)} size="xs">
          {f.kind === 'bounce' ? `Other ways to reach ${f.personName}` : `Open ${f.personName}`}
        </Anchor>
      </Text>
      <Group gap="xs" mt={4}>
        <Button
          size="xs"
          leftSection={<IconCheck size={14} />}
          onClick={() => confirm.mutate(f.id)}
          loading={confirm.isPending}
          disabled={busy}
          aria-label={`${words.confirm}: ${words.title}`}
        >
          {words.confirm}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconX size={14} />}
          onClick={() => dismiss.mutate(f.id)}
          loading={dismiss.isPending}
          disabled={busy}
          aria-label={`Dismiss: ${words.title}`}
        >
          Dismiss
        </Button>
      </Group>
    </Stack>
  )
}

const kindLabels: Record<MailFinding['kind'], string> = {
  reply: 'reply',
  auto_reply: 'auto-reply',
  sent_outside: 'sent outside',
  sent_draft: 'draft sent',
  bounce: 'bounce',
}
const statusColors: Record<MailFinding['status'], string> = {
  proposed: 'yellow',
  confirmed: 'teal',
  applied: 'teal',
  dismissed: 'gray',
}

export function KindBadge({ finding }: { finding: MailFinding }) {
  return (
    <Badge variant="light" color={finding.kind === 'bounce' ? 'red' : 'blue'} size="sm">
      {kindLabels[finding.kind]}
    </Badge>
  )
}

export function StatusBadge({ finding }: { finding: MailFinding }) {
  return (
    <Badge variant="outline" color={statusColors[finding.status]} size="sm">
      {finding.status}
    </Badge>
  )
}
