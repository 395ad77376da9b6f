import { Code, Divider, SimpleGrid, Stack, Text } from '@mantine/core'
import {
  IconAddressBook,
  IconDatabaseExport,
  IconFileSpreadsheet,
  IconMarkdown,
} from '@tabler/icons-react'
import { exportDownloads } from '../../api/imports.ts'
import { SettingsSection } from '../layout/settings-section.tsx'
import { DownloadButton } from '../links/download-button.tsx'
import { RestoreBackup } from './restore-backup.tsx'

const downloads = [
  {
    href: exportDownloads.backup,
    icon: IconDatabaseExport,
    label: 'Backup (JSON)',
    about: 'Everything, to restore later or elsewhere.',
  },
  {
    href: exportDownloads.markdown,
    icon: IconMarkdown,
    label: 'Notes (Markdown)',
    about: 'One file per conversation, and an index of people.',
  },
  {
    href: exportDownloads.csv,
    icon: IconFileSpreadsheet,
    label: 'Spreadsheets (CSV)',
    about: 'People, organizations and conversations.',
  },
  {
    href: exportDownloads.vcard,
    icon: IconAddressBook,
    label: 'Address book (vCard)',
    about: 'Every person, for Apple, Google or Outlook contacts.',
  },
] as const

/**
 * "Export and backup" on the Settings page: each export is a plain download
 * link, so the browser saves the file wherever the explorer likes; below
 * them, restoring a backup.
 */
export function ExportSection() {
  return (
    <SettingsSection
      title="Export and backup"
      description={
        <>
          Your data is yours: take it anywhere. The backup holds every record, setting, question,
          plan, reflection and message; restore it below, or with{' '}
          <Code>coffeechat restore FILE</Code>. Your SMTP password is never in it.
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {downloads.map(({ href, icon: Icon, label, about }) => (
          <Stack key={href} gap={4}>
            <DownloadButton href={href} icon={Icon} justify="flex-start">
              {label}
            </DownloadButton>
            <Text size="xs" c="dimmed">
              {about}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Divider my="lg" />
      <RestoreBackup />
    </SettingsSection>
  )
}
