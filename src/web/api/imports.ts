import { useMutation } from '@tanstack/react-query'
import type { ImportFormatName } from '../../core/imports/schema.ts'
import { ApiError, client, request } from './request.ts'

export interface ImportRequest {
  file: File
  /** Read the file as this format instead of detecting it. */
  format?: ImportFormatName | undefined
  /** Only report what would happen. */
  dryRun: boolean
}

/** Sends a contact file to `POST /api/imports`: a dry run for the preview, then the import. */
export function useImportContacts() {
  return useMutation({
    // The Import page shows the refusal beside the file, not as a notification.
    meta: { inlineErrors: true },
    mutationFn: ({ file, format, dryRun }: ImportRequest) =>
      request(
        client.imports.$post({
          query: { dryRun: dryRun ? 'true' : 'false', format, filename: file.name },
          form: { file },
        }),
      ),
  })
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
    return error.message
  }
  return error instanceof Error ? error.message : 'something went wrong'
}
