import { Stack, Text } from '@mantine/core'

/** What each person said the career's training is, with who said it. */
export function TrainingLines({
  training,
  gap,
}: {
  training: ReadonlyArray<{ conversationId: string; text: string; person: string }>
  gap: number
}) {
  return (
    <Stack gap={gap}>
      {training.map((t) => (
        <Text key={t.conversationId} size="sm">
          {t.text}{' '}
          <Text span c="dimmed" size="xs">
            — {t.person}
          </Text>
        </Text>
      ))}
    </Stack>
  )
}
