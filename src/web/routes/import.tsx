import { Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconUsers } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import {
  type ImportFormatName,
  type ImportReport,
  importFormatNames,
} from '../../core/imports/schema.ts'
import { importErrorMessage, useImportContacts } from '../api/imports.ts'
import { Notice } from '../components/feedback/notice.tsx'
import {
  ColumnMappingStep,
  initialChoice,
  type MappingChoice,
} from '../components/import/column-mapping.tsx'
import { FileDrop } from '../components/import/file-drop.tsx'
import { importFormatWords } from '../components/import/format-names.ts'
import { ImportActions } from '../components/import/import-actions.tsx'
import { ImportProgressView } from '../components/import/import-progress.tsx'
import { ImportReportView } from '../components/import/import-report.tsx'
import { WhereToGetFiles } from '../components/import/where-to-get.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { paths } from '../components/records/paths.ts'

/** The format picker's words: the report's, but a CSV is read through the mapping to come. */
const formatLabels: Record<ImportFormatName, string> = {
  ...importFormatWords,
  csv: 'Any CSV (map its columns)',
}

function isFormat(value: string | null): value is ImportFormatName {
  return importFormatNames.some((f) => f === value)
}

/**
 * Importing contacts: choose or drop a file, see exactly what the import
 * will do (a dry run on the server, the same code as the import), confirm,
 * and go to the people.
 */
export function ImportPage() {
  const [file, setFile] = useState<File | null>(null)
  const [format, setFormat] = useState<ImportFormatName | undefined>(undefined)
  const [preview, setPreview] = useState<ImportReport | null>(null)
  const [result, setResult] = useState<ImportReport | null>(null)
  const [choice, setChoice] = useState<MappingChoice | null>(null)
  const run = useImportContacts()

  const check = (chosen: File, as: ImportFormatName | undefined) => {
    setFile(chosen)
    setPreview(null)
    setResult(null)
    setChoice(null)
    run.mutate(
      { file: chosen, format: as, dryRun: true },
      {
        onSuccess: (report) => {
          setPreview(report)
          if (report.mapping?.needed) setChoice(initialChoice(report.mapping))
        },
      },
    )
  }
  const confirm = () => {
    if (!file) return
    run.mutate(
      { file, format, mapping: choice ?? undefined, dryRun: false },
      { onSuccess: setResult },
    )
  }
  const reset = () => {
    setFile(null)
    setPreview(null)
    setResult(null)
    setChoice(null)
    run.reset()
  }
  const mappingStep = preview?.mapping?.needed ? preview.mapping : null
  const changes = preview ? preview.created + preview.updated : 0

  return (
    <>
      <PageHeader
        title="Import contacts"
        description="Bring in the people you already know, so you can see who can speak to each career. Nothing is scraped, and nothing leaves this machine."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {result ? (
              <Paper p={{ base: 'md', sm: 'lg' }} withBorder radius="md">
                <Stack gap="md">
                  <Notice color="teal" icon={IconCheck} title="Imported">
                    {file?.name}: {result.created.toLocaleString('en')} added,{' '}
                    {result.updated.toLocaleString('en')} updated,{' '}
                    {result.unchanged.toLocaleString('en')} already up to date,{' '}
                    {result.skippedCount.toLocaleString('en')} skipped.
                  </Notice>
                  <ImportReportView report={result} />
                  <Group>
                    <Button
                      component={Link}
                      to={paths.people}
                      leftSection={<IconUsers size={16} />}
                    >
                      See your people
                    </Button>
                    <Button variant="default" onClick={reset}>
                      Import another file
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ) : (
              <>
                <FileDrop onFile={(chosen) => check(chosen, format)} disabled={run.isPending} />
                <Select
                  label="Read the file as"
                  description="Detected from its content; choose only if the guess is wrong."
                  data={[
                    { value: 'auto', label: 'Detect automatically' },
                    ...importFormatNames.map((f) => ({ value: f, label: formatLabels[f] })),
                  ]}
                  value={format ?? 'auto'}
                  onChange={(value) => {
                    const next = isFormat(value) ? value : undefined
                    setFormat(next)
                    if (file) check(file, next)
                  }}
                  allowDeselect={false}
                  maw={320}
                />
              </>
            )}
            {run.isPending ? (
              <ImportProgressView
                label={preview ? 'Importing' : `Reading ${file?.name ?? 'the file'}`}
                progress={run.progress}
              />
            ) : null}
            {run.isError ? (
              <Notice
                color="red"
                icon={IconAlertTriangle}
                title={`Could not import ${file?.name ?? 'the file'}`}
              >
                {importErrorMessage(run.error)}
              </Notice>
            ) : null}
            {mappingStep && choice && !result ? (
              <ColumnMappingStep
                fileName={file?.name ?? 'the file'}
                mapping={mappingStep}
                choice={choice}
                onChange={setChoice}
                onImport={confirm}
                onCancel={reset}
                pending={run.isPending}
              />
            ) : null}
            {preview && !mappingStep && !result ? (
              <Paper p={{ base: 'md', sm: 'lg' }} withBorder radius="md">
                <Stack gap="md">
                  <Title order={2} fz="lg">
                    Preview of {file?.name}
                  </Title>
                  <ImportReportView report={preview} />
                  <ImportActions
                    onImport={confirm}
                    pending={run.isPending}
                    disabled={changes === 0}
                    onCancel={reset}
                  >
                    {changes === 0
                      ? 'Nothing new to import'
                      : `Import ${changes.toLocaleString('en')} ${changes === 1 ? 'person' : 'people'}`}
                  </ImportActions>
                  <Text size="xs" c="dimmed">
                    All or nothing: if any row cannot be saved, nothing is. People you already have
                    are merged, never overwritten — what you wrote stays.
                  </Text>
                </Stack>
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <Title order={2} fz="md">
              Where to get your file
            </Title>
            <WhereToGetFiles />
            <Text size="sm" c="dimmed">
              The command line imports the same files:{' '}
              <Text span ff="monospace" size="sm">
                coffeechat import Connections.csv --dry-run
              </Text>
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
