import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { EtiquetteWarnings } from '../forms/etiquette-warnings.tsx'

interface QuestionListProps {
  questions: string[]
  careers: string[]
  error: string | undefined
  onChange: (questions: string[], options?: { now?: boolean }) => void
}

/**
 * New questions for next time. Each is saved when it is added or its box is
 * left, so half-typed questions never reach the bank.
 */
export function QuestionList({ questions, careers, error, onChange }: QuestionListProps) {
  const [typing, setTyping] = useState<string[]>(questions)
  const commit = (list: string[]) =>
    onChange(
      list.filter((q) => q.trim()),
      { now: true },
    )
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {careers.length > 0
          ? `Each becomes a question of ${careers.join(' and ')}, so the next plan there suggests it.`
          : 'Each joins your question bank, so a next plan can suggest it.'}
      </Text>
      {typing.map((question, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place by position
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ flex: 1 }}>
            <Textarea
              aria-label={`Question for next time ${index + 1}`}
              placeholder="How do clinicians review a model?"
              autosize
              minRows={1}
              value={question}
              onChange={(e) => {
                const value = e.currentTarget.value
                setTyping((list) => list.map((q, i) => (i === index ? value : q)))
              }}
              onBlur={() => commit(typing)}
            />
            <EtiquetteWarnings text={question} />
          </Stack>
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={6}
            aria-label={`Remove question ${index + 1}`}
            onClick={() => {
              const next = typing.filter((_, i) => i !== index)
              setTyping(next)
              commit(next)
            }}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text size="sm" c="red">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setTyping((list) => [...list, ''])}
        >
          Add a question
        </Button>
      </Group>
    </Stack>
  )
}
