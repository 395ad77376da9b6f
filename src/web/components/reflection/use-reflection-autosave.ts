import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type Reflection, ReflectionPatch } from '../../../core/reflections/schema.ts'
import { reflectionKey, sendReflectionPatch } from '../../api/reflections.ts'
import { ApiError } from '../../api/request.ts'
import { pendingEdits, retryable } from '../autosave/pending-edits.ts'
import { type DraftField, draftOf, patchOf, payRowOf, type ReflectionDraft } from './draft.ts'

export type AutosaveStatus = 'saved' | 'saving' | 'offline'

const { read: readStored, store } = pendingEdits('reflection', ReflectionPatch)

/**
 * The reflection form's state and its autosave: each change is kept on this
 * device at once (so a reload or a dropped connection loses nothing), sent
 * after a pause in typing, and retried with backoff until the server has
 * it. Only the changed fields travel, stamped with the time of the last
 * change (the server keeps, per field, the newest edit: two devices keep
 * each other's fields, and an old replay loses to a newer edit). A field the server refuses shows its
 * reason and is not sent again until changed.
 */
export function useReflectionAutosave(conversationId: string, loaded: Reflection | undefined) {
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<ReflectionDraft | null>(null)
  const [status, setStatus] = useState<AutosaveStatus>('saved')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const pending = useRef<ReflectionPatch>({})
  const draftRef = useRef<ReflectionDraft | null>(null)
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
      const saved = await sendReflectionPatch(conversationId, sending)
      failures.current = 0
      // Keep what changed while this save was on its way.
      const rest: ReflectionPatch = { ...pending.current }
      for (const key of Object.keys(sending) as Array<keyof ReflectionPatch>) {
        if (JSON.stringify(rest[key]) === JSON.stringify(sending[key])) delete rest[key]
      }
      // The edit time alone is nothing to send.
      if (Object.keys(rest).every((key) => key === 'updatedAt')) delete rest.updatedAt
      pending.current = rest
      store(conversationId, rest)
      queryClient.setQueryData(reflectionKey(conversationId), saved)
      setErrors((current) => {
        const kept = { ...current }
        for (const key of Object.keys(sending)) {
          for (const path of Object.keys(kept)) if (path.split('.')[0] === key) delete kept[path]
        }
        return kept
      })
      setStatus(Object.keys(rest).length > 0 ? 'saving' : 'saved')
      if (Object.keys(rest).length > 0) timer.current = setTimeout(() => void flush(), 0)
    } catch (error) {
      if (retryable(error)) {
        failures.current++
        setStatus('offline')
        timer.current = setTimeout(
          () => void flush(),
          Math.min(30_000, 1000 * 2 ** (failures.current - 1)),
        )
      } else {
        const issues = error instanceof ApiError ? error.issues : []
        const refused: Record<string, string> = {}
        for (const issue of issues) refused[issue.path || 'form'] = issue.message
        if (issues.length === 0 && error instanceof Error) refused.form = error.message
        setErrors((current) => ({ ...current, ...refused }))
        pending.current = {}
        store(conversationId, {})
        setStatus('saved')
      }
    } finally {
      flushing.current = false
    }
  }, [conversationId, queryClient])

  // Start from the server's reflection, with anything not yet sent from this device on top.
  useEffect(() => {
    if (!loaded) return
    const current = draftRef.current
    if (current) {
      // People added from the list come back with their id; take them unless an edit is on its way.
      if (!pending.current.nextPeople) {
        const next = { ...current, nextPeople: loaded.nextPeople }
        draftRef.current = next
        setDraft(next)
      }
      return
    }
    const unsent = readStored(conversationId)
    const base = draftOf(loaded)
    const merged: ReflectionDraft = { ...base }
    for (const [key, value] of Object.entries(unsent)) {
      if (key === 'pay' || key === 'completed' || key === 'updatedAt' || value === undefined)
        continue
      Object.assign(merged, { [key]: value })
    }
    if (unsent.pay) {
      merged.pay = unsent.pay.map((entry) =>
        payRowOf({
          ...entry,
          period: entry.period ?? 'year',
          level: entry.level ?? '',
          location: entry.location ?? '',
          note: entry.note ?? '',
        }),
      )
    }
    draftRef.current = merged
    setDraft(merged)
    pending.current = unsent
    if (Object.keys(unsent).length > 0) void flush()
  }, [loaded, conversationId, flush])

  useEffect(() => {
    const online = () => {
      failures.current = 0
      void flush()
    }
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    window.addEventListener('online', online)
    document.addEventListener('visibilitychange', hidden)
    return () => {
      window.removeEventListener('online', online)
      document.removeEventListener('visibilitychange', hidden)
      clearTimeout(timer.current)
      void flush()
    }
  }, [flush])

  /** Changes one field; typing waits for a pause, a tap (`now`) is sent at once. */
  const change = useCallback(
    <F extends DraftField>(
      field: F,
      value: ReflectionDraft[F],
      options: { now?: boolean } = {},
    ) => {
      const current = draftRef.current
      if (!current) return
      const next = { ...current, [field]: value }
      draftRef.current = next
      setDraft(next)
      const result = patchOf(field, next)
      if ('errors' in result) {
        setErrors((errs) => {
          const kept = Object.fromEntries(
            Object.entries(errs).filter(([path]) => !path.startsWith(`${field}.`)),
          )
          for (const [path, message] of Object.entries(result.errors))
            kept[`${field}.${path}`] = message
          return kept
        })
        return
      }
      setErrors((errs) =>
        Object.fromEntries(Object.entries(errs).filter(([path]) => path.split('.')[0] !== field)),
      )
      // Stamped with this device's clock: a late replay never overwrites a newer edit.
      pending.current = { ...pending.current, ...result.patch, updatedAt: new Date().toISOString() }
      store(conversationId, pending.current)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), options.now ? 0 : 700)
    },
    [conversationId, flush],
  )

  /** Marks the reflection done (or not), after sending everything typed. */
  const complete = useCallback(
    async (completed: boolean) => {
      pending.current = { ...pending.current, completed, updatedAt: new Date().toISOString() }
      store(conversationId, pending.current)
      await flush()
    },
    [conversationId, flush],
  )

  return { draft, status, errors, change, complete, flush }
}
