import type { z } from 'zod'
import { ApiError } from '../../api/request.ts'

/**
 * The edits of one record not yet confirmed by the server, kept on this
 * device (localStorage) so a closed tab or a lost connection loses nothing.
 * One per kind of record: `prefix` names it, `schema` checks what is read
 * back (a copy a newer version wrote, or a damaged one, reads as nothing);
 * it must accept `{}`, the patch of no edits.
 *
 * @example const drafts = pendingEdits('draft', MessagePatch); drafts.store(id, { body })
 */
export function pendingEdits<Schema extends z.ZodType<object>>(prefix: string, schema: Schema) {
  const key = (id: string) => `coffeechat:${prefix}:${id}`
  const none = schema.parse({})
  return {
    read(id: string): z.output<Schema> {
      try {
        const raw = localStorage.getItem(key(id))
        const parsed = schema.safeParse(raw ? JSON.parse(raw) : {})
        return parsed.success ? parsed.data : none
      } catch {
        return none
      }
    },
    store(id: string, patch: z.input<Schema> & object): void {
      try {
        if (Object.keys(patch).length === 0) localStorage.removeItem(key(id))
        else localStorage.setItem(key(id), JSON.stringify(patch))
      } catch {
        // A full or disabled storage only loses the device's copy; the server still gets the edit.
      }
    },
  }
}

/** A save worth trying again: no answer at all, or the server's own failure (not a refusal). */
export function retryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500
}
