import { Alert, Anchor, Badge, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import type { CareerBoard } from '../../core/insights/schema.ts'
import { useCareerBoard, useNextSuggestion } from '../api/insights.ts'
import { CompareCareersLink } from '../components/board/compare-link.tsx'
import { ComparisonGrid } from '../components/board/comparison-grid.tsx'
import { FitChart } from '../components/board/fit-chart.tsx'
import { NarrowCareer } from '../components/board/narrow-career.tsx'
import { NextSuggestionPanel } from '../components/board/next-suggestion.tsx'
import { PayChart } from '../components/board/pay-chart.tsx'
import { rangeText } from '../components/board/pay-range.ts'
import { Statements } from '../components/board/statements.tsx'
import { TrainingLines } from '../components/board/training-lines.tsx'
import { TrendWord } from '../components/board/trend-word.tsx'
import { isLoaded, RecordWait } from '../components/feedback/record-wait.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { coverageText } from '../components/records/coverage-text.ts'
import { formatDay } from '../components/records/dates.ts'
import { paths } from '../components/records/paths.ts'
import { Section } from '../components/records/section.tsx'
import { CareerStatusBadge, ConversationStatusBadge } from '../components/records/status-badges.tsx'

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Paper p="sm" withBorder radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" size="lg" mt={2}>
        {children}
      </Text>
    </Paper>
  )
}

/** One section in the board's grid: half the width from medium screens up, or the whole. */
/** The board's two lists of what was said, liked and disliked. */
const sides = [
  { key: 'pros', title: 'What they like', color: 'teal', word: 'Pros' },
  { key: 'cons', title: 'What they dislike', color: 'red', word: 'Cons' },
] as const

function Cell({
  title,
  count,
  half = false,
  children,
}: {
  title: string
  count?: number
  half?: boolean
  children: React.ReactNode
}) {
  return (
    <Grid.Col span={half ? { base: 12, md: 6 } : 12}>
      <Section title={title} {...(count === undefined ? {} : { count })}>
        {children}
      </Section>
    </Grid.Col>
  )
}

function Summary({ board }: { board: CareerBoard }) {
  const held = board.conversations.filter((c) => c.held).length
  const { coverage } = board
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Figure label="Conversations held">{held}</Figure>
      <Figure label="Coverage">
        {coverageText(coverage)}{' '}
        {coverage.covered ? (
          <Badge color="teal" variant="light" size="sm">
            covered
          </Badge>
        ) : (
          <Badge color="clay" variant="light" size="sm">
            below target
          </Badge>
        )}
      </Figure>
      <Figure label="Fit">
        <TrendWord fit={board.fit} />
      </Figure>
      <Figure label="Pay a year">
        {board.pay.ranges.length === 0 ? (
          <Text span c="dimmed">
            none heard
          </Text>
        ) : (
          board.pay.ranges.map((r) => (
            <Text key={r.currency} size="sm">
              {rangeText(r.yearlyLow, r.yearlyHigh, r.currency)}
            </Text>
          ))
        )}
      </Figure>
    </SimpleGrid>
  )
}

/** A career's board: everything heard about it, side by side. */
export function CareerBoardPage() {
  const { id = '' } = useParams()
  const board = useCareerBoard(id)
  const next = useNextSuggestion(id)
  if (!isLoaded(board)) return <RecordWait query={board} kind="career" rows={4} />
  const b = board.data
  const { career } = b
  return (
    <>
      <PageHeader
        title={`${career.name}: board`}
        description={career.hypothesis ? `Your hypothesis: “${career.hypothesis}”` : undefined}
        extra={<CareerStatusBadge status={career.status} size="lg" />}
        crumbs={[
          { label: 'Careers', to: paths.careers },
          { label: career.name, to: paths.career(career.id) },
        ]}
        actions={
          <>
            <CompareCareersLink>Compare careers</CompareCareersLink>
            {career.dropped ? null : <NarrowCareer careerId={career.id} careerName={career.name} />}
          </>
        }
      />
      <Stack gap="md">
        {career.dropped ? (
          <Alert color="gray" icon={<IconInfoCircle size={18} />}>
            You dropped this career. Its history stays here, and in the comparison, for when you
            look back.
          </Alert>
        ) : null}
        {career.focusAreas.length > 0 ? (
          <Text size="sm" c="dimmed">
            Counts its focus areas too:{' '}
            {career.focusAreas.map((f, i) => (
              <span key={f.id}>
                {i > 0 ? ', ' : ''}
                <Anchor component={Link} to={paths.careerBoard(f.id)} size="sm">
                  {f.name}
                </Anchor>
              </span>
            ))}
          </Text>
        ) : null}
        <Summary board={b} />
        <Section title="Comparison grid" count={b.people.length}>
          <Stack gap="sm">
            <ComparisonGrid board={b} />
            {b.gaps.length > 0 ? (
              <Text size="sm">
                <Text span fw={600}>
                  Gaps:
                </Text>{' '}
                nobody has told you about {b.gaps.map((g) => g.label.toLowerCase()).join(', ')} yet.
              </Text>
            ) : null}
          </Stack>
        </Section>
        <Grid gap="md">
          {sides.map(({ key, title, color, word }) => (
            <Cell key={key} title={title} half>
              <Statements
                items={b[key]}
                color={color}
                label={`${word} with counts`}
                empty={`No ${word.toLowerCase()} noted in reflections yet.`}
              />
            </Cell>
          ))}
          <Cell title="Fit over time" half>
            <FitChart fit={b.fit} />
          </Cell>
          <Cell title="Next conversation" half>
            <NextSuggestionPanel suggestion={next.data} />
          </Cell>
          <Cell title="Pay ledger" count={b.pay.entries.length}>
            <PayChart pay={b.pay} />
          </Cell>
          <Cell title="Training needed">
            {b.training.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing noted yet.
              </Text>
            ) : (
              <TrainingLines training={b.training} gap={6} />
            )}
          </Cell>
        </Grid>
        <Section title="Conversations" count={b.conversations.length}>
          <Stack gap={6}>
            {b.conversations.map((c) => (
              <Group key={c.id} gap="xs" justify="space-between" wrap="wrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <ConversationStatusBadge status={c.status} size="sm" />
                  <Anchor
                    component={Link}
                    to={paths.conversation(c.id)}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {c.person}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[c.organization, c.date ? formatDay(c.date) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Group>
                {c.held ? (
                  <Group gap="xs">
                    {c.fitRating !== null ? <Badge variant="light">fit {c.fitRating}</Badge> : null}
                    <Anchor component={Link} to={paths.reflection(c.id)} size="xs">
                      {c.reflection === 'none'
                        ? 'write reflection'
                        : c.reflection === 'started'
                          ? 'finish reflection'
                          : 'reflection'}
                    </Anchor>
                  </Group>
                ) : null}
              </Group>
            ))}
          </Stack>
        </Section>
      </Stack>
    </>
  )
}
