import { List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react'
import {
  type ImportMapping,
  type MappingTarget,
  mappingFields,
  singleValueFields,
} from '../../../core/imports/schema.ts'
import { Notice } from '../feedback/notice.tsx'
import { WideScroll } from '../layout/wide-scroll.tsx'
import classes from './column-mapping.module.css'
import { ImportActions } from './import-actions.tsx'

/** Each field in the explorer's words. */
export const targetLabels: Record<MappingTarget, string> = {
  name: 'Full name',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  organization: 'Organization',
  title: 'Job title',
  email: 'Email',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn profile',
  website: 'Web site',
  profile: 'Other profile or handle',
  birthday: 'Birthday',
  notes: 'Notes',
  tags: 'Tags',
  details: 'Keep in Imported details',
  ignore: 'Ignore (leave out)',
}

const targetData = [
  {
    group: 'Keep it',
    items: [
      { value: 'details', label: targetLabels.details },
      { value: 'ignore', label: targetLabels.ignore },
    ],
  },
  {
    group: 'A field of the person',
    items: mappingFields.map((field) => ({ value: field, label: targetLabels[field] })),
  },
]

/** Column name → where it goes. */
export type MappingChoice = Record<string, MappingTarget>

/**
 * The choice a mapping step starts from: the remembered or suggested
 * field of each column.
 *
 * @example initialChoice(report.mapping) // { 'E-mail': 'email', … }
 */
export function initialChoice(mapping: ImportMapping): MappingChoice {
  return Object.fromEntries(mapping.columns.map((c) => [c.name, c.field]))
}

/** What is wrong with a choice: per column, the other column that took its one-value field; and whether anyone can be named. */
function problems(choice: MappingChoice) {
  const first = new Map<MappingTarget, string>()
  const clash = new Map<string, string>()
  for (const [column, target] of Object.entries(choice)) {
    const earlier = first.get(target)
    if (singleValueFields.has(target) && earlier !== undefined) clash.set(column, earlier)
    else first.set(target, column)
  }
  const named = ['name', 'firstName', 'lastName', 'email'].some((f) =>
    first.has(f as MappingTarget),
  )
  return { clash, named }
}

/** The first rows as people, the way the choice reads them: name, email, organization. */
function previewPeople(mapping: ImportMapping, choice: MappingChoice): string[] {
  const rows = Math.max(0, ...mapping.columns.map((c) => c.samples.length))
  const cellOf = (row: number, target: MappingTarget) =>
    mapping.columns
      .filter((c) => choice[c.name] === target)
      .map((c) => c.samples[row] ?? '')
      .filter(Boolean)
  return Array.from({ length: rows }, (_, row) => {
    const name =
      cellOf(row, 'name')[0] ??
      [...cellOf(row, 'firstName'), ...cellOf(row, 'middleName'), ...cellOf(row, 'lastName')]
        .join(' ')
        .trim()
    const email = cellOf(row, 'email')[0] ?? ''
    const organization = cellOf(row, 'organization')[0] ?? ''
    const title = cellOf(row, 'title')[0] ?? ''
    const who = name || email || '(no name or email: this row would be skipped)'
    return [who, name ? email : '', [title, organization].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' · ')
  })
}

function Samples({ samples }: { samples: string[] }) {
  const shown = samples.filter(Boolean)
  return shown.length > 0 ? (
    <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
      {shown.slice(0, 3).join(' · ')}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      (empty in the first rows)
    </Text>
  )
}

interface TargetSelectProps {
  column: string
  choice: MappingChoice
  clash: Map<string, string>
  onChange: (choice: MappingChoice) => void
}

/** Where one column goes, with the column that already took a one-value field said beside it. */
function TargetSelect({ column, choice, clash, onChange }: TargetSelectProps) {
  const other = clash.get(column)
  const target = choice[column] ?? 'details'
  return (
    <Select
      aria-label={`Where "${column}" goes`}
      data={targetData}
      value={target}
      onChange={(value) => {
        if (value) onChange({ ...choice, [column]: value as MappingTarget })
      }}
      allowDeselect={false}
      error={other ? `"${other}" already goes to ${targetLabels[target]}` : undefined}
    />
  )
}

interface ColumnMappingStepProps {
  fileName: string
  mapping: ImportMapping
  choice: MappingChoice
  onChange: (choice: MappingChoice) => void
  onImport: () => void
  onCancel: () => void
  pending: boolean
}

/**
 * The column-mapping step for a CSV in no known layout: each column with
 * its first values and a choice of where it goes (a field, Imported
 * details, or nowhere), the first rows as the people they will become, and
 * the import. A column no field takes is never dropped unless the explorer
 * says so.
 */
export function ColumnMappingStep({
  fileName,
  mapping,
  choice,
  onChange,
  onImport,
  onCancel,
  pending,
}: ColumnMappingStepProps) {
  const { clash, named } = problems(choice)
  const people = previewPeople(mapping, choice)
  const ready = clash.size === 0 && named
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} withBorder radius="md">
      <Stack gap="md">
        <Title order={2} fz="lg">
          Map the columns of {fileName}
        </Title>
        <Text size="sm">
          This CSV is in no layout coffeechat knows, so say where each column goes. Columns you keep
          in Imported details are added to the person's notes under their column's name; nothing is
          left out unless you choose Ignore.
        </Text>
        {mapping.remembered ? (
          <Notice color="blue" icon={IconHistory}>
            These are the choices you made last time for a file with the same columns.
          </Notice>
        ) : null}
        <WideScroll label="Columns of the file" className={classes.wide}>
          <Table withTableBorder fz="sm" verticalSpacing={6} miw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column</Table.Th>
                <Table.Th>First values</Table.Th>
                <Table.Th w={230}>Goes to</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mapping.columns.map((column) => (
                <Table.Tr key={column.name}>
                  <Table.Td fw={600}>{column.name}</Table.Td>
                  <Table.Td>
                    <Samples samples={column.samples} />
                  </Table.Td>
                  <Table.Td>
                    <TargetSelect
                      column={column.name}
                      choice={choice}
                      clash={clash}
                      onChange={onChange}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideScroll>
        {/* On a phone the table becomes a list: each column, its values, and its choice under them. */}
        <Stack gap="xs" className={classes.narrow} aria-label="Columns of the file" role="list">
          {mapping.columns.map((column) => (
            <Paper key={column.name} withBorder p="sm" radius="sm" role="listitem">
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {column.name}
                </Text>
                <Samples samples={column.samples} />
                <TargetSelect
                  column={column.name}
                  choice={choice}
                  clash={clash}
                  onChange={onChange}
                />
              </Stack>
            </Paper>
          ))}
        </Stack>
        <Stack gap={4}>
          <Title order={3} fz="md">
            The first rows become
          </Title>
          {people.length > 0 ? (
            <List size="sm" spacing={2} aria-label="The first rows as people">
              {people.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a preview, in file order, never reordered
                <List.Item key={i}>{line}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              The file has no rows under its header.
            </Text>
          )}
        </Stack>
        {!named ? (
          <Notice color="orange" icon={IconAlertTriangle}>
            Choose a column for the name (full, first or last) or the email, so each row can become
            a person.
          </Notice>
        ) : null}
        <ImportActions onImport={onImport} pending={pending} disabled={!ready} onCancel={onCancel}>
          Import with this mapping
        </ImportActions>
        <Text size="xs" c="dimmed">
          Your choices are remembered for the next file with the same columns. The command line
          takes the same mapping:{' '}
          <Text span ff="monospace" size="xs" style={{ overflowWrap: 'anywhere' }}>
            --map "
            {Object.entries(choice)
              .map(([c, t]) => `${c}=${t}`)
              .join(',')}
            "
          </Text>
        </Text>
      </Stack>
    </Paper>
  )
}
