import { type MantineBreakpoint, Paper, Table } from '@mantine/core'
import type { ReactNode } from 'react'

/** A column of a list page's table: its heading, and from which screen width it shows. */
export type ListColumn = readonly [heading: string, visibleFrom?: MantineBreakpoint]

/**
 * A list page's table of records in a card: the column headings, then the
 * body the page gives (`<Table.Tbody>`), one row per record.
 */
export function ListTable({
  columns,
  children,
}: {
  columns: readonly ListColumn[]
  children: ReactNode
}) {
  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            {columns.map(([heading, visibleFrom]) => (
              <Table.Th key={heading} {...(visibleFrom ? { visibleFrom } : {})}>
                {heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {children}
      </Table>
    </Paper>
  )
}
