import { Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ImportedRow, ImportReport } from '../../../core/imports/schema.ts'
import { fullReportUrl } from '../../api/imports.ts'
import { Notice } from '../feedback/notice.tsx'
import { WideScroll } from '../layout/wide-scroll.tsx'
import { DownloadButton } from '../links/download-button.tsx'
import { importFormatWords } from './format-names.ts'

const fieldNames: Record<string, string> = {
  firstName: 'first name',
  organization: 'organization',
  title: 'title',
  linkedinUrl: 'LinkedIn',
  emails: 'emails',
  phones: 'phones',
  tags: 'tags',
  notes: 'notes',
  name: 'name',
}

const sampleSize = 8
const shownSkipped = 50

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={color}>
        {value.toLocaleString('en')}
      </Text>
    </Paper>
  )
}

function fields(list: string[]): string {
  return list.map((f) => fieldNames[f] ?? f).join(', ')
}

function Sample({
  title,
  rows,
  total,
  detail,
}: {
  title: string
  rows: ImportedRow[]
  total: number
  detail: boolean
}) {
  if (rows.length === 0) return null
  return (
    <Stack gap={6}>
      <Title order={3} fz="sm">
        {title}
      </Title>
      <WideScroll label={title}>
        <Table striped withTableBorder fz="sm" verticalSpacing={6} miw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Row</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>{detail ? 'What the file adds' : 'Organization'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, sampleSize).map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>
                  {detail ? fields(row.changes) : (row.organization ?? '')}
                  {detail && row.kept.length > 0 ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (keeps your {fields(row.kept)})
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideScroll>
      {total > sampleSize ? (
        <Text size="xs" c="dimmed">
          and {(total - Math.min(sampleSize, rows.length)).toLocaleString('en')} more
        </Text>
      ) : null}
    </Stack>
  )
}

/**
 * An import's report: the counts, how the file was read, what the explorer
 * should know (repaired encodings, damaged characters), the first skipped
 * rows with their reason, a sample of the people added and updated, and the
 * full report (every row) as a download. Worded as what will happen for the
 * preview, as what happened after.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const preview = report.dryRun
  const created = report.people.filter((p) => p.outcome === 'created')
  const updated = report.people.filter((p) => p.outcome === 'updated')
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Count label={preview ? 'Will be added' : 'Added'} value={report.created} color="teal" />
        <Count
          label={preview ? 'Will be updated' : 'Updated'}
          value={report.updated}
          color="blue"
        />
        <Count label="Already up to date" value={report.unchanged} />
        <Count
          label="Skipped"
          value={report.skippedCount}
          color={report.skippedCount ? 'orange' : undefined}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Read as {importFormatWords[report.format]} ({report.encoding}), {plural(report.rows, 'row')}
        {report.organizationsCreated > 0
          ? `; ${plural(report.organizationsCreated, 'new organization')}`
          : ''}
        .
      </Text>
      {report.warnings.length > 0 ? (
        <Notice color="yellow" icon={IconAlertTriangle} title="Worth knowing">
          <List size="sm" spacing={4}>
            {report.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Notice>
      ) : null}
      {report.columns.length > 0 ? (
        <Stack gap={6}>
          <Title order={3} fz="sm">
            Where the other columns went
          </Title>
          <Table withTableBorder fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column</Table.Th>
                <Table.Th>Went to</Table.Th>
                <Table.Th w={70}>Rows</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.columns.map((c) => (
                <Table.Tr key={`${c.where} ${c.name}`}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.name}</Table.Td>
                  <Table.Td>
                    {c.where === 'notes' ? 'Notes, under "Imported details"' : `Left out: ${c.why}`}
                  </Table.Td>
                  <Table.Td>{c.rows}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
      {report.skipped.length > 0 ? (
        <Stack gap={6}>
          <Title order={3} fz="sm">
            Skipped rows
          </Title>
          <Table withTableBorder fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Row</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.skipped.slice(0, shownSkipped).map((s) => (
                <Table.Tr key={s.row}>
                  <Table.Td>{s.row}</Table.Td>
                  <Table.Td>{s.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {report.skippedCount > shownSkipped ? (
            <Text size="xs" c="dimmed">
              and{' '}
              {(report.skippedCount - Math.min(shownSkipped, report.skipped.length)).toLocaleString(
                'en',
              )}{' '}
              more
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <Sample
        title={preview ? 'People to be added' : 'People added'}
        rows={created}
        total={report.created}
        detail={false}
      />
      <Sample
        title={preview ? 'People to be updated' : 'People updated'}
        rows={updated}
        total={report.updated}
        detail
      />
      {report.id ? (
        <Group gap="xs">
          <DownloadButton href={fullReportUrl(report.id)} size="xs" iconSize={14}>
            Download the full report (CSV)
          </DownloadButton>
          <Text size="xs" c="dimmed">
            Every row: what happened to it, and why.
          </Text>
        </Group>
      ) : null}
    </Stack>
  )
}
