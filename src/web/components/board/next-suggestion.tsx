import { Badge, Group, List, Stack, Text } from '@mantine/core'
import type { NextSuggestion } from '../../../core/insights/schema.ts'
import { coverageText } from '../records/coverage-text.ts'

/** What the next conversation in this career should cover. */
export function NextSuggestionPanel({ suggestion }: { suggestion: NextSuggestion | undefined }) {
  if (!suggestion) return null
  const { gaps, questions, belowCoverage, coverage } = suggestion
  if (gaps.length === 0 && questions.length === 0 && !belowCoverage) {
    return (
      <Text size="sm" c="dimmed">
        Every core topic has an answer and every question of this career was asked. Ask more
        specific questions, or hear from someone who disagrees.
      </Text>
    )
  }
  return (
    <Stack gap="sm">
      {belowCoverage ? <Text size="sm">Talk to someone new: {coverageText(coverage)}.</Text> : null}
      {gaps.length > 0 ? (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Nobody has told you about
          </Text>
          <Group gap={6}>
            {gaps.map((gap) => (
              <Badge key={gap.topic} color="red" variant="light">
                {gap.label}
              </Badge>
            ))}
          </Group>
        </div>
      ) : null}
      {questions.length > 0 ? (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Specific questions not asked yet
          </Text>
          <List size="sm" spacing={4}>
            {questions.slice(0, 8).map((q) => (
              <List.Item key={q.id}>
                {q.text}{' '}
                {q.origin === 'reflection' ? (
                  <Text span size="xs" c="dimmed">
                    (from a reflection)
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
          {questions.length > 8 ? (
            <Text size="xs" c="dimmed" mt={4}>
              and {questions.length - 8} more
            </Text>
          ) : null}
        </div>
      ) : null}
    </Stack>
  )
}
