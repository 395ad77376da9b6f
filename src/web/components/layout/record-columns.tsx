import { Grid, Stack } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * A record's page below its header: its main column, and beside it from
 * medium screens up (below it on small ones) the side column.
 *
 * @example <RecordColumns><MainColumn>…</MainColumn><SideColumn>…</SideColumn></RecordColumns>
 */
export function RecordColumns({ children }: { children: ReactNode }) {
  return <Grid gap="md">{children}</Grid>
}

/** The wider column of a record's page: its sections, one under another. */
export function MainColumn({ children }: { children: ReactNode }) {
  return (
    <Grid.Col span={{ base: 12, md: 7 }}>
      <Stack gap="md">{children}</Stack>
    </Grid.Col>
  )
}

/** The narrower column of a record's page: facts and linked records. */
export function SideColumn({ children }: { children: ReactNode }) {
  return (
    <Grid.Col span={{ base: 12, md: 5 }}>
      <Stack gap="md">{children}</Stack>
    </Grid.Col>
  )
}
