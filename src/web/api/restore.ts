import { useMutation } from '@tanstack/react-query'
import { client, request } from './request.ts'

export interface RestoreRequest {
  /** The backup file as chosen; sent as it is. */
  file: File
  /** Only check it: what it holds, and what the account holds now. */
  dryRun: boolean
  /** Replace the data that is there (a copy of it is kept first). */
  replace: boolean
  /** Clean what coffeechat does not store (NUL, broken characters, links that are not). */
  clean?: boolean
}

/** Sends a JSON backup to `POST /api/restore`: a dry run for the preview, then the restore. */
export function useRestoreBackup() {
  return useMutation({
    // The restore section shows a refusal beside the file, naming the table, row and field.
    meta: { inlineErrors: true },
    mutationFn: ({ file, dryRun, replace, clean }: RestoreRequest) =>
      request(
        client.restore.$post(
          {
            query: {
              dryRun: dryRun ? 'true' : 'false',
              replace: replace ? 'true' : 'false',
              clean: clean ? 'true' : 'false',
            },
          },
          // The route reads the body as text: the file goes as it is, whatever its size.
          { headers: { 'content-type': 'application/json' }, init: { body: file } },
        ),
      ),
  })
}

/**
 * Saves text as a file through the browser's download, as a link would.
 *
 * @example saveTextFile('coffeechat-before-restore.json', replaced.backup)
 */
export function saveTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // After the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
