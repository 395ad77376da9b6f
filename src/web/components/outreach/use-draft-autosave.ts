import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type Message, MessagePatch } from '../../../core/outreach/schema.ts'
import { messageKey, sendDraftPatch } from '../../api/messages.ts'
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
 * The draft editor's text and its autosave, as the meeting and the
 * reflection do it: each change is kept on this device at once, sent after
 * a pause in typing and retried with backoff until the server has it,
 * stamped with the time of the last change (the server keeps, per field,
 * the newest edit: two devices keep each other's fields, and an old replay
 * loses to a newer edit, whose text the editor then shows). An address that
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
  const pending = useRef<MessagePatch>(readStored(id))
  const [status, setStatus] = useState<SaveStatus>(
    Object.keys(pending.current).length > 0 ? 'saving' : 'saved',
  )
  const [toError, setToError] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const failures = useRef(0)
  const flushing = useRef(false)

  const flush = useCallback(async () => {
    if (flushing.current) return
    clearTimeout(timer.current)
    const sending = pending.current
    if (Object.keys(sending).length === 0) {
      setStatus('saved')
      return
    }
    flushing.current = true
    setStatus('saving')
    try {
      const saved = await sendDraftPatch(id, sending)
      failures.current = 0
      // Keep what changed while this save was on its way.
      const rest: MessagePatch = { ...pending.current }
      for (const key of Object.keys(sending) as Array<keyof MessagePatch>) {
        if (rest[key] === sending[key]) delete rest[key]
      }
      // The edit time alone is nothing to send.
      if (Object.keys(rest).every((key) => key === 'updatedAt')) delete rest.updatedAt
      pending.current = rest
      store(id, rest)
      queryClient.setQueryData(messageKey(id), saved)
      // A field the server kept newer text for (typed on another device) shows that text,
      // unless it was typed again here since.
      const kept = serverWon(sending, rest, saved)
      if (Object.keys(kept).length > 0) setFields((current) => ({ ...current, ...kept }))
      setRefused(null)
      if (Object.keys(rest).length > 0) timer.current = setTimeout(() => void flush(), 0)
      else setStatus('saved')
    } catch (error) {
      if (retryable(error)) {
        failures.current++
        setStatus('offline')
        timer.current = setTimeout(
          () => void flush(),
          Math.min(30_000, 1000 * 2 ** (failures.current - 1)),
        )
      } else {
        // Sent already (another tab), or refused: say so, and stop resending it.
        setRefused(error instanceof Error ? error.message : 'not saved')
        pending.current = {}
        store(id, {})
        setStatus('saved')
        void queryClient.invalidateQueries({ queryKey: messageKey(id) })
      }
    } finally {
      flushing.current = false
    }
  }, [id, queryClient])

  useEffect(() => {
    if (Object.keys(pending.current).length > 0) void flush()
    const online = () => {
      failures.current = 0
      void flush()
    }
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      clearTimeout(timer.current)
    }
  }, [flush])

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
        pending.current = { ...pending.current, to: address || null, updatedAt: stamp() }
      } else {
        pending.current = { ...pending.current, [field]: value, updatedAt: stamp() }
      }
      store(id, pending.current)
      setStatus('saving')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), 600)
    },
    [id, flush],
  )

  return { fields, change, status, toError, refused, flush }
}

/** This device's clock at the edit: a late replay never overwrites a newer edit. */
function stamp(): string {
  return new Date().toISOString()
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
