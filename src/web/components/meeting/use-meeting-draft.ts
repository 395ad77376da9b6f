import { notifications } from '@mantine/notifications'
import { useCallback, useRef, useState } from 'react'
import type { Meeting } from '../../../core/meetings/schema.ts'
import type { Plan, PlanItemState } from '../../../core/plans/schema.ts'
import {
  sendMeetingEnd,
  sendMeetingPatch,
  sendMeetingStart,
  sendReferral,
} from '../../api/meetings.ts'
import { sendPlanItemPatch } from '../../api/plans.ts'
import type { QueuedEdit } from './save-queue.ts'
import { useSaveQueue } from './use-save-queue.ts'

export interface DraftItem {
  answer: string
  state: PlanItemState
}

export interface DraftReferral {
  key: string
  name: string
  organization: string | null
  /** Still on this device, not yet on the server. */
  pending: boolean
}

export interface MeetingDraft {
  items: Record<string, DraftItem>
  freeNotes: string
  researchNotes: string
  startedAt: string | null
  endedAt: string | null
  referrals: DraftReferral[]
}

function send(conversationId: string) {
  return async (edit: QueuedEdit): Promise<void> => {
    switch (edit.kind) {
      case 'item':
        await sendPlanItemPatch(edit.itemId, { [edit.field]: edit.value, updatedAt: edit.at })
        return
      case 'meeting':
        await sendMeetingPatch(conversationId, { [edit.field]: edit.value, updatedAt: edit.at })
        return
      case 'start':
        await sendMeetingStart(conversationId, { at: edit.at })
        return
      case 'end':
        await sendMeetingEnd(conversationId, { at: edit.at })
        return
      case 'referral':
        await sendReferral(conversationId, {
          name: edit.name,
          organization: edit.organization || undefined,
          note: edit.note || undefined,
        })
    }
  }
}

/** What the server said, with the edits still waiting on this device laid over it. */
function initialDraft(plan: Plan, meeting: Meeting, pending: QueuedEdit[]): MeetingDraft {
  const draft: MeetingDraft = {
    items: Object.fromEntries(plan.items.map((i) => [i.id, { answer: i.answer, state: i.state }])),
    freeNotes: meeting.freeNotes,
    researchNotes: meeting.researchNotes,
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    referrals: meeting.referrals.map((r) => ({
      key: r.id,
      name: r.name,
      organization: r.organization,
      pending: false,
    })),
  }
  for (const edit of [...pending].sort((a, b) => a.at.localeCompare(b.at))) {
    if (edit.kind === 'item') {
      const item = draft.items[edit.itemId]
      if (!item) continue
      if (edit.field === 'answer') item.answer = edit.value
      else item.state = edit.value as PlanItemState
    } else if (edit.kind === 'meeting') draft[edit.field] = edit.value
    else if (edit.kind === 'start') draft.startedAt ??= edit.at
    else if (edit.kind === 'end') draft.endedAt ??= edit.at
    else if (edit.kind === 'referral')
      draft.referrals.push({
        key: edit.key,
        name: edit.name,
        organization: edit.organization ?? null,
        pending: true,
      })
  }
  for (const item of Object.values(draft.items)) if (item.answer.trim()) item.state = 'asked'
  return draft
}

/**
 * The meeting as the explorer sees it on this device: every tap and every
 * letter is in this state at once and in the save queue (localStorage) a
 * moment later; the server catches up in the background. While the page is
 * open it is the one writer, so server answers never overwrite what is typed.
 */
export function useMeetingDraft(conversationId: string, plan: Plan, meeting: Meeting) {
  const rejected = useCallback((_edit: QueuedEdit, error: unknown) => {
    notifications.show({
      color: 'red',
      title: 'Not saved',
      message: error instanceof Error ? error.message : 'the server refused this change',
      autoClose: 10_000,
    })
  }, [])
  const queue = useSaveQueue(conversationId, send(conversationId), rejected)
  const [draft, setDraftState] = useState(() => initialDraft(plan, meeting, queue.initialPending))
  // The latest draft, so each change is computed (and queued) once, outside React's updaters.
  const latest = useRef(draft)
  const update = (next: MeetingDraft) => {
    latest.current = next
    setDraftState(next)
  }
  const now = () => new Date().toISOString()

  const setItem = (itemId: string, change: Partial<DraftItem>) => {
    const at = now()
    const current = latest.current
    const item = current.items[itemId] ?? { answer: '', state: 'planned' as const }
    const next = { ...item, ...change }
    // A question with notes was asked, whatever was tapped before or after.
    if (next.answer.trim() && next.state !== 'asked') next.state = 'asked'
    // The answer goes first: the server refuses "not asked" while an answer stands.
    if (change.answer !== undefined) {
      queue.put({ kind: 'item', itemId, field: 'answer', value: next.answer, at })
    }
    if (next.state !== item.state) {
      queue.put({ kind: 'item', itemId, field: 'state', value: next.state, at })
    }
    update({ ...current, items: { ...current.items, [itemId]: next } })
  }
  const saved = queue.status === 'saved' && queue.pendingCount === 0

  return {
    draft: saved
      ? { ...draft, referrals: draft.referrals.map((r) => ({ ...r, pending: false })) }
      : draft,
    status: queue.status,
    pendingCount: queue.pendingCount,
    setAnswer: (itemId: string, answer: string) => setItem(itemId, { answer }),
    /** Marks a question; un-marking one with notes deletes them (the page asks first). */
    setState: (itemId: string, state: PlanItemState, options: { clearAnswer?: boolean } = {}) =>
      setItem(itemId, options.clearAnswer ? { state, answer: '' } : { state }),
    setNotes: (field: 'freeNotes' | 'researchNotes', value: string) => {
      update({ ...latest.current, [field]: value })
      queue.put({ kind: 'meeting', field, value, at: now() })
    },
    start: () => {
      const at = now()
      if (latest.current.startedAt) return
      update({ ...latest.current, startedAt: at })
      queue.put({ kind: 'start', at })
    },
    end: () => {
      const at = now()
      if (latest.current.endedAt) return
      update({ ...latest.current, endedAt: at })
      queue.put({ kind: 'end', at })
    },
    refer: (referral: { name: string; organization?: string; note?: string }) => {
      const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      const current = latest.current
      update({
        ...current,
        referrals: [
          ...current.referrals,
          { key, name: referral.name, organization: referral.organization || null, pending: true },
        ],
      })
      queue.put({ kind: 'referral', key, ...referral, at: now() })
    },
  }
}
