import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { z } from 'zod'
import { type ImportFormatName, ImportProgress, ImportReport } from '../../core/imports/schema.ts'
import { ApiError, client } from './request.ts'

export interface ImportRequest {
  file: File
  /** Read the file as this format instead of detecting it. */
  format?: ImportFormatName | undefined
  /** Read the CSV through this column mapping (column → field, `details` or `ignore`). */
  mapping?: Record<string, string> | undefined
  /** Only report what would happen. */
  dryRun: boolean
}

/** One line of the streamed answer: progress, the report, or what went wrong. */
const StreamLine = z.union([
  z.object({ progress: ImportProgress }),
  z.object({ report: ImportReport }),
  z.object({
    error: z.string(),
    status: z.number(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
])

const ErrorAnswer = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})

/**
 * Sends a contact file to `POST /api/imports` (a dry run for the preview,
 * then the import) and follows its progress: the answer is a stream of
 * lines, `progress` while the file is read, then the report.
 */
export function useImportContacts() {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const mutation = useMutation({
    // The Import page shows the refusal beside the file, not as a notification.
    meta: { inlineErrors: true },
    mutationFn: async ({ file, format, mapping, dryRun }: ImportRequest) => {
      setProgress(null)
      try {
        return await sendImport({ file, format, mapping, dryRun }, setProgress)
      } finally {
        setProgress(null)
      }
    },
  })
  return { ...mutation, progress }
}

async function sendImport(
  { file, format, mapping, dryRun }: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const response = await client.imports
    .$post(
      {
        query: { dryRun: dryRun ? 'true' : 'false', format, filename: file.name },
        form: mapping ? { file, mapping: JSON.stringify(mapping) } : { file },
      },
      { headers: { accept: 'application/x-ndjson' } },
    )
    .catch(() => {
      throw new ApiError(0, 'could not reach the coffeechat server; check that it is still running')
    })
  if (!response.ok || !response.body) {
    const body = ErrorAnswer.safeParse(await response.json().catch(() => null))
    throw body.success
      ? new ApiError(response.status, body.data.error, body.data.issues)
      : new ApiError(response.status, `the server answered ${response.status}`)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let pending = ''
  for (;;) {
    const { done, value } = await reader.read()
    pending += value ?? ''
    const lines = pending.split('\n')
    pending = done ? '' : (lines.pop() ?? '')
    for (const text of lines) {
      if (!text.trim()) continue
      const line = StreamLine.parse(JSON.parse(text))
      if ('progress' in line) onProgress(line.progress)
      else if ('report' in line) return line.report
      else throw new ApiError(line.status, line.error, line.issues)
    }
    if (done) break
  }
  throw new ApiError(0, 'the import stopped before it finished; nothing was imported — try again')
}

/** Where the full report of an import downloads from (every row, as CSV). */
export function fullReportUrl(id: string): string {
  return `/api/imports/${encodeURIComponent(id)}/report.csv`
}

/** Where each export downloads from; plain links, so the browser saves the file. */
export const exportDownloads = {
  backup: '/api/export/json',
  csv: '/api/export/csv.zip',
  markdown: '/api/export/markdown.zip',
  vcard: '/api/export/vcard',
} as const

/**
 * The sentence to show for a failed import: the server's own words about the
 * file or the row ("This is LinkedIn's messages.csv, not Connections.csv…"),
 * without the generic "the request is not valid" around them.
 */
export function importErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const [issue] = error.issues
    if (error.issues.length === 1 && issue && /^(file|format|rows\.\d+)$/.test(issue.path)) {
      return issue.message
    }
    if (error.issues.length > 0 && error.issues.every((i) => i.path.startsWith('mapping'))) {
      return `The column mapping does not fit the file: ${error.issues.map((i) => i.message).join('; ')}.`
    }
    return error.message
  }
  return error instanceof Error ? error.message : 'something went wrong'
}
