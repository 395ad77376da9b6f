import { Skeleton, Stack } from '@mantine/core'

/** A calm placeholder while a page's records load. */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading">
      <Skeleton height={30} width="40%" radius="md" />
      <Skeleton height={16} width="65%" radius="md" />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={64} radius="lg" />
      ))}
    </Stack>
  )
}
