import {
  Button,
  Checkbox,
  Code,
  FileButton,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconDatabaseImport } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import type { RestoreReport } from '../../../core/backup/schema.ts'
import { saveTextFile, useRestoreBackup } from '../../api/restore.ts'
import { useMeta } from '../auth/api.ts'
import { Notice } from '../feedback/notice.tsx'
import {
  CleaningNotice,
  countPhrases,
  holdsData,
  RestoredBackup,
  RestoreRefusal,
  TableCountList,
} from './restore-parts.tsx'

/**
 * "Restore from a backup" in Settings → Export and backup: choose the JSON
 * file, see what it holds (the server tries the restore and rolls it back),
 * confirm — with a plain warning and a tick when it replaces data — and see
 * what was loaded and where the replaced data went (the data directory, or
 * on a hosted coffeechat a download, since the server keeps no files).
 */
export function RestoreBackup() {
  const restore = useRestoreBackup()
  const meta = useMeta()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<RestoreReport | null>(null)
  const [result, setResult] = useState<RestoreReport | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  const resetPicker = useRef<() => void>(null)

  const start = () => {
    setFile(null)
    setPreview(null)
    setResult(null)
    setConfirmed(false)
    restore.reset()
    resetPicker.current?.()
  }
  const check = (chosen: File | null) => {
    start()
    if (!chosen) return
    setFile(chosen)
    restore.mutate({ file: chosen, dryRun: true, replace: false }, { onSuccess: setPreview })
  }
  const replaces = preview ? holdsData(preview.present) : false
  const cleans = (preview?.cleaning.count ?? 0) > 0
  const run = () => {
    if (!file) return
    restore.mutate(
      // The preview listed what cleaning changes; restoring is agreeing to it.
      { file, dryRun: false, replace: replaces, clean: cleans },
      {
        onSuccess: (report) => {
          setResult(report)
          setPreview(null)
          // Hosted: the answer holds the only copy of what was replaced, so save it at once.
          if (report.replaced && !report.replaced.savedTo) {
            saveTextFile(report.replaced.fileName, report.replaced.backup)
          }
        },
      },
    )
  }
  const keptWhere =
    meta.data?.mode === 'hosted'
      ? 'downloaded to this device first (the server keeps no copy)'
      : 'saved first in the data directory (backups/), and you can download it too'

  return (
    <Stack gap="sm" component="section" aria-label="Restore from a backup">
      <Title order={3} fz="sm">
        Restore from a backup
      </Title>
      {result && file ? (
        <RestoredBackup
          fileName={file.name}
          rows={result.rows}
          replaced={result.replaced}
          onAnother={start}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Load a backup file (from the button above, or <Code>coffeechat export json</Code>). You
            see what it holds before anything changes.
          </Text>
          <Group>
            <FileButton onChange={check} accept="application/json,.json" resetRef={resetPicker}>
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconDatabaseImport size={16} />}
                  disabled={restore.isPending}
                >
                  Choose a backup file
                </Button>
              )}
            </FileButton>
            {file && !preview && restore.isPending ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">Checking {file.name}…</Text>
              </Group>
            ) : null}
          </Group>
        </>
      )}
      {file && restore.isError ? (
        <RestoreRefusal fileName={file.name} error={restore.error} />
      ) : null}
      {file && preview && !result ? (
        <Paper withBorder p="md" radius="md" data-testid="restore-preview">
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {file.name} holds
            </Text>
            <TableCountList counts={preview.rows} label="In the backup" />
            {cleans ? <CleaningNotice cleaning={preview.cleaning} /> : null}
            {replaces ? (
              <Notice
                color="orange"
                icon={IconAlertTriangle}
                title="This replaces everything here now"
              >
                <Text size="sm">
                  Now in coffeechat: {countPhrases(preview.present).join(', ')}. All of it is
                  deleted and replaced by the backup; a copy of it is {keptWhere}.
                </Text>
                <Checkbox
                  mt="sm"
                  label="Replace my data with this backup"
                  checked={confirmed}
                  onChange={(event) => setConfirmed(event.currentTarget.checked)}
                />
              </Notice>
            ) : (
              <Text size="sm" c="dimmed">
                coffeechat is empty here, so nothing is replaced.
              </Text>
            )}
            <Group>
              <Button
                color={replaces ? 'red' : undefined}
                disabled={replaces && !confirmed}
                loading={restore.isPending}
                onClick={run}
              >
                {cleans
                  ? replaces
                    ? 'Clean and replace'
                    : 'Clean and restore'
                  : replaces
                    ? 'Replace with this backup'
                    : 'Restore this backup'}
              </Button>
              <Button variant="default" onClick={start} disabled={restore.isPending}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  )
}
