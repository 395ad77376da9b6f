import { Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconDownload } from '@tabler/icons-react'
import type { Cleaning, ReplacedData, TableCounts } from '../../../core/backup/schema.ts'
import { ApiError } from '../../api/request.ts'
import { saveTextFile } from '../../api/restore.ts'
import { Notice } from '../feedback/notice.tsx'

/** What a backup's tables hold, in the explorer's words: [one, many]. */
const tableWords: Record<string, readonly [string, string]> = {
  settings: ['setting', 'settings'],
  careers: ['career or focus area', 'careers and focus areas'],
  organizations: ['organization', 'organizations'],
  organization_careers: ['organization–career link', 'organization–career links'],
  people: ['person', 'people'],
  person_careers: ['person–career link', 'person–career links'],
  conversations: ['conversation', 'conversations'],
  conversation_careers: ['conversation–career link', 'conversation–career links'],
  questions: ['question', 'questions'],
  plan_items: ['planned question', 'planned questions'],
  meetings: ['meeting’s notes', 'meetings’ notes'],
  reflections: ['reflection', 'reflections'],
  pay_entries: ['pay figure', 'pay figures'],
  messages: ['message', 'messages'],
  message_templates: ['template of yours', 'templates of yours'],
  smtp_accounts: ['SMTP account', 'SMTP accounts'],
  calendar_events: ['calendar event', 'calendar events'],
}

/**
 * "12 people", "1 reflection": each table with rows, in the backup's order.
 *
 * @example countPhrases({ people: 2, careers: 0 }) // ['2 people']
 */
export function countPhrases(counts: TableCounts): string[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => {
      const [one, many] = tableWords[table] ?? [table.replace(/_/g, ' '), table.replace(/_/g, ' ')]
      return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
    })
}

/** Whether an account holds anything a restore would replace. */
export function holdsData(counts: TableCounts): boolean {
  return Object.values(counts).some((n) => n > 0)
}

/** The rows per table, as a compact list. */
export function TableCountList({ counts, label }: { counts: TableCounts; label: string }) {
  const phrases = countPhrases(counts)
  if (phrases.length === 0) return <Text size="sm">Nothing: the file holds no records.</Text>
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing={2}>
      {phrases.map((phrase) => (
        <Text key={phrase} size="sm" aria-label={`${label}: ${phrase}`}>
          {phrase}
        </Text>
      ))}
    </SimpleGrid>
  )
}

/** Why a file cannot be restored: each problem as the server named it (table, row, field). */
export function RestoreRefusal({ fileName, error }: { fileName: string; error: Error }) {
  const issues = error instanceof ApiError ? error.issues : []
  return (
    <Notice
      color="red"
      icon={IconAlertTriangle}
      title={`${fileName} cannot be restored`}
      data-testid="restore-error"
    >
      {issues.length > 0 ? (
        <List size="sm" spacing={4}>
          {issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>{issue.message}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{error.message}</Text>
      )}
      <Text size="sm" mt="xs">
        Nothing was changed.
      </Text>
    </Notice>
  )
}

/**
 * What a backup holds that coffeechat does not store as it is (a NUL
 * character an older coffeechat kept, a broken character, a link that is
 * not one), and what restoring does about each: the first few, in words.
 */
export function CleaningNotice({ cleaning }: { cleaning: Cleaning }) {
  const shown = cleaning.changes.slice(0, 5)
  const more = cleaning.count - shown.length
  return (
    <Notice
      color="yellow"
      icon={IconAlertTriangle}
      title={`${cleaning.count === 1 ? '1 value needs' : `${cleaning.count} values need`} cleaning`}
      data-testid="restore-cleaning"
    >
      <Text size="sm">
        This file holds what coffeechat does not store as it is. Restoring it cleans these values;
        nothing else changes.
      </Text>
      <List size="sm" spacing={4} mt="xs">
        {shown.map((change) => (
          <List.Item key={change.path} style={{ overflowWrap: 'anywhere' }}>
            {change.message}
          </List.Item>
        ))}
      </List>
      {more > 0 ? (
        <Text size="sm" mt="xs">
          … and {more.toLocaleString('en')} more.
        </Text>
      ) : null}
    </Notice>
  )
}

interface RestoredProps {
  fileName: string
  rows: TableCounts
  replaced: ReplacedData | null
  onAnother: () => void
}

/** After a restore: what was loaded, and where the data it replaced is. */
export function RestoredBackup({ fileName, rows, replaced, onAnother }: RestoredProps) {
  return (
    <Stack gap="sm">
      <Notice color="teal" icon={IconCheck} title="Restored" data-testid="restore-done">
        <Text size="sm">Loaded from {fileName}:</Text>
        <TableCountList counts={rows} label="Restored" />
      </Notice>
      {replaced ? (
        <Text size="sm" data-testid="restore-replaced">
          {replaced.savedTo
            ? `The data that was here is saved in ${replaced.savedTo}; restore that file to go back.`
            : `The data that was here was downloaded as ${replaced.fileName}. coffeechat keeps no other copy: keep it until you are sure.`}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        Backups never hold your SMTP password or the calendar feed’s address: enter the password
        again and make a new feed URL if you use them.
      </Text>
      <Group>
        {replaced ? (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => saveTextFile(replaced.fileName, replaced.backup)}
          >
            {replaced.savedTo ? 'Download the replaced data' : 'Download it again'}
          </Button>
        ) : null}
        <Button variant="subtle" onClick={onAnother}>
          Restore another backup
        </Button>
      </Group>
    </Stack>
  )
}
