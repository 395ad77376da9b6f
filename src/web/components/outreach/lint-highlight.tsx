import { Badge, Group, List, Mark, Stack, Text } from '@mantine/core'
import type { LintResult } from '../../../core/outreach/schema.ts'

type Problem = LintResult['problems'][number]

const ruleLabels: Record<Problem['rule'], string> = {
  'word-limit': 'word limit',
  'ask-as-question': 'ask as a question',
  'connection-first': 'connection first',
  'about-them': 'about them',
  'short-conversation': 'short conversation',
  'no-proposed-times': 'no proposed times',
  'says-thanks': 'says thanks',
  'specific-takeaway': 'specific takeaway',
  'next-step': 'next step',
  'states-when': 'states when',
  etiquette: 'etiquette',
  'unfilled-variable': 'to fill in',
}

/** Whether a problem points at a part of the text, not the whole of it. */
function isSpan(problem: Problem, text: string): boolean {
  return problem.end - problem.start < text.length
}

/**
 * The text with each problem's span marked, built from plain text pieces
 * (never HTML), so nothing the explorer types can become markup.
 */
export function HighlightedText({
  text,
  problems,
}: {
  text: string
  problems: readonly Problem[]
}) {
  const spans = problems
    .filter((p) => isSpan(p, text) && p.end > p.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const pieces: Array<{ text: string; problem?: Problem }> = []
  let at = 0
  for (const problem of spans) {
    if (problem.start < at) continue
    if (problem.start > at) pieces.push({ text: text.slice(at, problem.start) })
    pieces.push({ text: text.slice(problem.start, problem.end), problem })
    at = problem.end
  }
  if (at < text.length) pieces.push({ text: text.slice(at) })
  return (
    <Text
      size="sm"
      component="div"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-testid="lint-preview"
    >
      {pieces.map((piece, index) =>
        piece.problem ? (
          <Mark
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt each render
            key={index}
            color={piece.problem.rule === 'etiquette' ? 'red' : 'yellow'}
            title={piece.problem.message}
          >
            {piece.text}
          </Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt each render
          <span key={index}>{piece.text}</span>
        ),
      )}
    </Text>
  )
}

/** The problems as a list: the rule, what to do, and the words it is about (the subject's first). */
export function ProblemList({
  text,
  problems,
  words,
  maxWords,
  subject,
}: {
  text: string
  problems: readonly Problem[]
  words: number
  maxWords?: number | undefined
  subject?: { text: string; problems: readonly Problem[] } | undefined
}) {
  const all = [
    ...(subject?.problems ?? []).map((p) => ({ p, text: subject?.text ?? '', where: 'subject' })),
    ...problems.map((p) => ({ p, text, where: 'text' })),
  ]
  return (
    <Stack gap={6} aria-live="polite" data-testid="lint-problems">
      <Text size="sm" fw={600} c={all.length === 0 ? 'teal' : undefined}>
        {words} words{maxWords ? ` (fewer than ${maxWords} for a first email)` : ''} ·{' '}
        {all.length === 0 ? 'no problems' : `${all.length} problem${all.length === 1 ? '' : 's'}`}
      </Text>
      {all.length > 0 ? (
        <List spacing={6} size="sm" listStyleType="none" pl={0}>
          {all.map(({ p, text: of, where }) => (
            <List.Item key={`${where}-${p.rule}-${p.start}-${p.end}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="sm"
                  variant="light"
                  color={
                    p.rule === 'etiquette'
                      ? 'red'
                      : p.rule === 'unfilled-variable'
                        ? 'orange'
                        : 'yellow'
                  }
                  style={{ flexShrink: 0 }}
                >
                  {ruleLabels[p.rule]}
                </Badge>
                <Text size="sm" component="span">
                  {p.message}
                  {isSpan(p, of) ? (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      — {where === 'subject' ? 'in the subject, ' : ''}“{of.slice(p.start, p.end)}”
                    </Text>
                  ) : null}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  )
}
