import { Anchor, type AnchorProps, type MantineBreakpoint, Paper, Table } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

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

/** A record's name in a list, in the text colour, opening the record's page. */
export function RecordLink({
  to,
  fw = 600,
  children,
  ...props
}: AnchorProps & { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} fw={fw} c="var(--mantine-color-text)" {...props}>
      {children}
    </Anchor>
  )
}
