import { Group, Stack, Text } from '@mantine/core'
import type { ComponentProps, ReactNode } from 'react'
import { EtiquetteProblems } from '../forms/etiquette-warnings.tsx'

/**
 * One question in a list (the bank, a plan): a thin rule above, its text,
 * its tags (`tags`, badges) and etiquette problems, with `before` (its
 * number) and `children` (its controls) beside.
 */
export function QuestionLine({
  question: { text, problems },
  tags,
  before,
  children,
  testId,
  opacity,
}: {
  question: { text: string; problems: ComponentProps<typeof EtiquetteProblems>['problems'] }
  tags: ReactNode
  before?: ReactNode
  children: ReactNode
  testId: string
  opacity?: number
}) {
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      py="xs"
      style={{
        borderTop: '1px solid var(--cc-soft-border)',
        ...(opacity === undefined ? {} : { opacity }),
      }}
      data-testid={testId}
    >
      {before}
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Text style={{ overflowWrap: 'anywhere' }}>{text}</Text>
        <Group gap={6}>{tags}</Group>
        <EtiquetteProblems problems={problems} />
      </Stack>
      {children}
    </Group>
  )
}
