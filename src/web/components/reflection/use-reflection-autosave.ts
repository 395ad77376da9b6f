import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { type Reflection, ReflectionPatch } from '../../../core/reflections/schema.ts'
import { reflectionKey, sendReflectionPatch } from '../../api/reflections.ts'
import { ApiError } from '../../api/request.ts'
import { type AutosaveStatus, PatchQueue } from '../autosave/patch-queue.ts'
import { pendingEdits, retryable } from '../autosave/pending-edits.ts'
import { type DraftField, draftOf, patchOf, payRowOf, type ReflectionDraft } from './draft.ts'

export type { AutosaveStatus }

const { read: readStored, store } = pendingEdits('reflection', ReflectionPatch)

/**
 * The reflection form's state and its autosave, by the one protocol of
 * autosave/patch-queue.ts: each change kept on this device at once, sent
 * after a pause in typing, stamped with this device's time of the edit (the
 * server keeps, per field, the newest edit), retried until the server has
 * it. A field the server refuses shows its reason and is not sent again
 * until changed.
 */
export function useReflectionAutosave(conversationId: string, loaded: Reflection | undefined) {
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<ReflectionDraft | null>(null)
  const [status, setStatus] = useState<AutosaveStatus>('saved')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const draftRef = useRef<ReflectionDraft | null>(null)

  const queue = useMemo(
    () =>
      new PatchQueue<ReflectionPatch, Reflection>({
        storage: { read: () => readStored(conversationId), store: (p) => store(conversationId, p) },
        send: (patch) => sendReflectionPatch(conversationId, patch),
        isRetryable: retryable,
        onStatus: setStatus,
        onSaved: (saved, sent) => {
          queryClient.setQueryData(reflectionKey(conversationId), saved)
          setErrors((current) => {
            const kept = { ...current }
            for (const key of Object.keys(sent)) {
              for (const path of Object.keys(kept))
                if (path.split('.')[0] === key) delete kept[path]
            }
            return kept
          })
        },
        onRejected: (error) => {
          const issues = error instanceof ApiError ? error.issues : []
          const refused: Record<string, string> = {}
          for (const issue of issues) refused[issue.path || 'form'] = issue.message
          if (issues.length === 0 && error instanceof Error) refused.form = error.message
          setErrors((current) => ({ ...current, ...refused }))
        },
      }),
    [conversationId, queryClient],
  )
  const flush = useCallback(() => queue.flush(), [queue])

  // Start from the server's reflection, with anything not yet sent from this device on top.
  useEffect(() => {
    if (!loaded) return
    const current = draftRef.current
    if (current) {
      // People added from the list come back with their id; take them unless an edit is on its way.
      if (!queue.pending().nextPeople) {
        const next = { ...current, nextPeople: loaded.nextPeople }
        draftRef.current = next
        setDraft(next)
      }
      return
    }
    const unsent = queue.pending()
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
    void queue.flush()
  }, [loaded, queue])

  useEffect(() => {
    const online = () => queue.retryNow()
    const hidden = () => {
      if (document.visibilityState === 'hidden') void queue.flush()
    }
    window.addEventListener('online', online)
    document.addEventListener('visibilitychange', hidden)
    return () => {
      window.removeEventListener('online', online)
      document.removeEventListener('visibilitychange', hidden)
      queue.stop()
      void queue.flush()
    }
  }, [queue])

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
      queue.put(result.patch, options)
    },
    [queue],
  )

  /** Marks the reflection done (or not), after sending everything typed. */
  const complete = useCallback(
    async (completed: boolean) => {
      queue.put({ completed }, { now: true })
      await queue.flush()
    },
    [queue],
  )

  return { draft, status, errors, change, complete, flush }
}
