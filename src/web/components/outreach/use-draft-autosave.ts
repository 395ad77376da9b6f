import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { type Message, MessagePatch } from '../../../core/outreach/schema.ts'
import { messageKey, sendDraftPatch } from '../../api/messages.ts'
import { PatchQueue } from '../autosave/patch-queue.ts'
import { pendingEdits, retryable } from '../autosave/pending-edits.ts'
import type { SaveStatus } from '../meeting/save-queue.ts'

/** What the explorer edits in a draft. */
export interface DraftFields {
  to: string
  subject: string
  body: string
}

const { read: readStored, store } = pendingEdits('draft', MessagePatch)
const addressSchema = MessagePatch.shape.to

/**
 * The draft editor's text and its autosave, by the one protocol of
 * autosave/patch-queue.ts (the reflection's too): each change kept on this
 * device at once, sent after a pause in typing, stamped with this device's
 * time of the edit, retried until the server has it. When the server kept
 * newer text for a field (typed on another device), the editor shows it. An address that
 * is not one is checked here, named under the field, and kept back (the
 * text still saves).
 */
export function useDraftAutosave(message: Message) {
  const queryClient = useQueryClient()
  const id = message.id
  const [fields, setFields] = useState<DraftFields>(() => {
    const unsent = readStored(id)
    return {
      to: unsent.to === undefined ? (message.to ?? '') : (unsent.to ?? ''),
      subject: unsent.subject ?? message.subject,
      body: unsent.body ?? message.body,
    }
  })
  const [status, setStatus] = useState<SaveStatus>(() =>
    Object.keys(readStored(id)).length > 0 ? 'saving' : 'saved',
  )
  const [toError, setToError] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)

  const queue = useMemo(
    () =>
      new PatchQueue<MessagePatch, Message>({
        storage: { read: () => readStored(id), store: (patch) => store(id, patch) },
        send: (patch) => sendDraftPatch(id, patch),
        isRetryable: retryable,
        onStatus: setStatus,
        debounceMs: 600,
        onSaved: (saved, sent, rest) => {
          queryClient.setQueryData(messageKey(id), saved)
          // A field the server kept newer text for (typed on another device) shows that text,
          // unless it was typed again here since.
          const kept = serverWon(sent, rest, saved)
          if (Object.keys(kept).length > 0) setFields((current) => ({ ...current, ...kept }))
          setRefused(null)
        },
        onRejected: (error) => {
          // Sent already (another tab), or refused: say so, and stop resending it.
          setRefused(error instanceof Error ? error.message : 'not saved')
          void queryClient.invalidateQueries({ queryKey: messageKey(id) })
        },
      }),
    [id, queryClient],
  )
  const flush = useCallback(() => queue.flush(), [queue])

  useEffect(() => {
    void queue.flush()
    const online = () => queue.retryNow()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      queue.stop()
    }
  }, [queue])

  const change = useCallback(
    <F extends keyof DraftFields>(field: F, value: DraftFields[F]) => {
      setFields((current) => ({ ...current, [field]: value }))
      if (field === 'to') {
        const address = value.trim()
        const checked = addressSchema.safeParse(address || null)
        if (!checked.success) {
          setToError(checked.error.issues[0]?.message ?? 'not an email address')
          return
        }
        setToError(null)
        queue.put({ to: address || null })
      } else {
        queue.put({ [field]: value })
      }
    },
    [queue],
  )

  return { fields, change, status, toError, refused, flush }
}

/**
 * The fields sent whose saved value is not what was sent (the server kept a
 * newer edit) and that were not typed again while the save was on its way.
 */
function serverWon(sent: MessagePatch, rest: MessagePatch, saved: Message): Partial<DraftFields> {
  const kept: Partial<DraftFields> = {}
  if (sent.to !== undefined && rest.to === undefined && saved.to !== sent.to) {
    kept.to = saved.to ?? ''
  }
  if (sent.subject !== undefined && rest.subject === undefined && saved.subject !== sent.subject) {
    kept.subject = saved.subject
  }
  if (sent.body !== undefined && rest.body === undefined && saved.body !== sent.body) {
    kept.body = saved.body
  }
  return kept
}
