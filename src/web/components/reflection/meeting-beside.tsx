import { Button, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { MeetingHeard } from '../../../core/reflections/schema.ts'
import { useMeetingHeard } from '../../api/reflections.ts'
import { type DraftField, payRowOf, type ReflectionDraft } from './draft.ts'

interface MeetingBesideProps {
  conversationId: string
  draft: ReflectionDraft
  change: <F extends DraftField>(
    field: F,
    value: ReflectionDraft[F],
    options?: { now?: boolean },
  ) => void
}

const periodWords = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
}

/**
 * The meeting beside its reflection: what they said, question by question,
 * and what to carry over with one tap — the pay figures they mentioned and
 * the people they referred you to — until the reflection holds them.
 */
export function MeetingBeside({ conversationId, draft, change }: MeetingBesideProps) {
  const heard = useMeetingHeard(conversationId)
  if (!heard.data) return null
  const { answers, notes } = heard.data
  const pay = heard.data.pay.filter((p) => !draft.pay.some((row) => samePay(row, p)))
  const referrals = heard.data.referrals.filter(
    (r) => !draft.nextPeople.some((p) => p.personId === r.personId || p.name.trim() === r.name),
  )
  if (answers.length === 0 && !notes.trim() && pay.length === 0 && referrals.length === 0) {
    return null
  }
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label="From the meeting">
      <Stack gap="md">
        <Title order={2} fz="md">
          From the meeting
        </Title>
        {pay.length > 0 ? (
          <CarryOver
            title="Pay they mentioned"
            testId="pay-said"
            items={pay}
            keyOf={(p) => `${p.low}-${p.high}-${p.currency}-${p.period}`}
            addLabel={(p) => `Add ${p.text} to the pay heard`}
            onAdd={(p) =>
              change(
                'pay',
                [
                  ...draft.pay,
                  payRowOf({
                    low: p.low,
                    high: p.high,
                    currency: p.currency,
                    period: p.period,
                    level: '',
                    location: '',
                    note: p.question ? `Said to “${p.question}”` : 'From the notes',
                  }),
                ],
                { now: true },
              )
            }
          >
            {(p) => (
              <Text size="sm">
                “{p.text}”{' '}
                <Text span c="dimmed" size="xs">
                  {p.low.toLocaleString()}
                  {p.high !== p.low ? `–${p.high.toLocaleString()}` : ''} {p.currency}{' '}
                  {periodWords[p.period]}
                </Text>
              </Text>
            )}
          </CarryOver>
        ) : null}
        {referrals.length > 0 ? (
          <CarryOver
            title="People they referred you to"
            testId="referrals-captured"
            items={referrals}
            keyOf={(r) => r.personId}
            addLabel={(r) => `Add ${r.name} to the next people`}
            onAdd={(r) =>
              change(
                'nextPeople',
                [
                  ...draft.nextPeople,
                  {
                    name: r.name,
                    note: r.organization ? `at ${r.organization}` : '',
                    personId: r.personId,
                  },
                ],
                { now: true },
              )
            }
          >
            {(r) => (
              <Text size="sm">
                {r.name}
                {r.organization ? (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · {r.organization}
                  </Text>
                ) : null}
              </Text>
            )}
          </CarryOver>
        ) : null}
        <Answers answers={answers} notes={notes} />
      </Stack>
    </Paper>
  )
}

/** Things heard in the meeting, each with an Add that carries it over into the reflection. */
function CarryOver<Heard>({
  title,
  testId,
  items,
  keyOf,
  addLabel,
  onAdd,
  children,
}: {
  title: string
  testId: string
  items: readonly Heard[]
  keyOf: (item: Heard) => string
  addLabel: (item: Heard) => string
  onAdd: (item: Heard) => void
  children: (item: Heard) => ReactNode
}) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {items.map((item) => (
        <Group key={keyOf(item)} gap="xs" wrap="nowrap" justify="space-between">
          {children(item)}
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            aria-label={addLabel(item)}
            onClick={() => onAdd(item)}
          >
            Add
          </Button>
        </Group>
      ))}
    </Stack>
  )
}

function Answers({ answers, notes }: Pick<MeetingHeard, 'answers' | 'notes'>) {
  return (
    <Stack gap="sm" data-testid="meeting-answers">
      <Text size="sm" fw={600}>
        What they said
      </Text>
      <Spoiler maxHeight={280} showLabel="Show all they said" hideLabel="Show less">
        <Stack gap="sm">
          {answers.length === 0 ? (
            <Text size="sm" c="dimmed">
              No answers were written down in the meeting.
            </Text>
          ) : (
            answers.map((a) => (
              <div key={a.question}>
                <Text size="xs" c="dimmed" fw={600}>
                  {a.question}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {a.answer}
                </Text>
              </div>
            ))
          )}
          {notes.trim() ? (
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                Notes
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {notes}
              </Text>
            </div>
          ) : null}
        </Stack>
      </Spoiler>
    </Stack>
  )
}

function samePay(row: ReflectionDraft['pay'][number], p: MeetingHeard['pay'][number]): boolean {
  return (
    Number(row.low) === p.low &&
    Number(row.high || row.low) === p.high &&
    row.currency === p.currency &&
    row.period === p.period
  )
}
