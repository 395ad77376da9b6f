import { Group, Loader, Progress, Stack, Text } from '@mantine/core'
import type { ImportProgress } from '../../../core/imports/schema.ts'

/**
 * How far an import is: a bar for the share of the file read and the rows
 * so far, announced politely to screen readers; a spinner until the first
 * progress arrives (a small file may finish first).
 */
export function ImportProgressView({
  label,
  progress,
}: {
  label: string
  progress: ImportProgress | null
}) {
  const share =
    progress?.total && progress.total > 0
      ? Math.min(100, (progress.done / progress.total) * 100)
      : null
  const rows = progress ? `${progress.rows.toLocaleString('en')} rows so far` : ''
  return (
    <Stack gap={6} aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">
          {label}…{rows ? ` ${rows}` : ''}
        </Text>
      </Group>
      {share !== null ? (
        <Progress
          value={share}
          size="lg"
          animated
          aria-label={`${label}: ${Math.round(share)}% of the file read`}
        />
      ) : null}
    </Stack>
  )
}
