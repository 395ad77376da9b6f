import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconPlus, IconSparkles } from '@tabler/icons-react'
import type { Suggestion } from '../../../core/plans/schema.ts'
import { questionTopicLabels } from '../../../core/questions/topics.ts'

const reasonLabels: Record<Suggestion['reason'], string> = {
  'carried-over': 'carried over',
  reflection: 'from a reflection',
  gap: 'nobody answered yet',
  career: 'career question',
  bank: 'bank',
}

const reasonColors: Record<Suggestion['reason'], string> = {
  'carried-over': 'orange',
  reflection: 'grape',
  gap: 'blue',
  career: 'teal',
  bank: 'gray',
}

interface SuggestionsPanelProps {
  suggestions: readonly Suggestion[]
  busy: boolean
  onAdd: (suggestions: readonly Suggestion[]) => void
}

/** The suggested next questions, each with why; add one, or all at once. */
export function SuggestionsPanel({ suggestions, busy, onAdd }: SuggestionsPanelProps) {
  if (suggestions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing more to suggest: the plan is full, or every question of the bank has been asked in
        this career.
      </Text>
    )
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Carried over first, then reflections, then the topics nobody has answered, then the bank.
        </Text>
        <Button
          size="xs"
          leftSection={<IconSparkles size={14} />}
          loading={busy}
          onClick={() => onAdd(suggestions)}
        >
          Add all {suggestions.length}
        </Button>
      </Group>
      {suggestions.map((s) => (
        <Paper key={`${s.questionId ?? s.text}`} p="sm" withBorder data-testid="suggestion">
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {s.text}
              </Text>
              <Group gap={6}>
                <Badge size="xs" color={reasonColors[s.reason]}>
                  {reasonLabels[s.reason]}
                </Badge>
                <Badge size="xs" color="gray">
                  {questionTopicLabels[s.topic]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {s.because}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={busy}
              onClick={() => onAdd([s])}
              aria-label={`Add “${s.text}”`}
            >
              Add
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  )
}
