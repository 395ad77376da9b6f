import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import { selectPerson, selectPersonCareers } from '../people/reads.ts'
import { insertPerson, replacePersonCareers, updatePersonRow } from '../people/row-writes.ts'
import { getPerson } from '../people/service.ts'
import { reindex, renamePerson } from './moves.ts'
import { MergeRecord } from './record.ts'
import {
  deleteMerge,
  insertDismissals,
  insertMerges,
  type MergeRow,
  moveReferrals,
  moveToPerson,
  selectMerge,
  selectMerges,
  selectNames,
  selectReflectionNextPeople,
  updateNextPeople,
} from './repo.ts'
import { personRowFrom, sameRow } from './rows.ts'
import type { MergeList, UndoOutcome } from './schema.ts'

/**
 * The explorer's merges, newest first (at most `limit`); the first is the
 * one that can be undone.
 *
 * @example (await listMerges(ctx)).items[0]?.undoable // true
 */
export async function listMerges(ctx: Ctx, limit = 20): Promise<MergeList> {
  const rows = await selectMerges(ctx, limit)
  return {
    items: rows.map((row, index) => ({
      id: row.id,
      keptPersonId: row.kept_person_id,
      keptName: row.kept_name,
      removedPersonId: row.removed_person_id,
      removedName: row.removed_name,
      createdAt: row.created_at,
      undoable: index === 0,
    })),
  }
}

/** Undoes the explorer's last merge; a ConflictError when there is none. */
export async function undoLastMerge(ctx: Ctx): Promise<UndoOutcome> {
  const [last] = await selectMerges(ctx, 1)
  if (!last) throw new ConflictError('there is no merge to undo')
  return undoMerge(ctx, last.id)
}

/**
 * Undoes a merge, the last one only: the removed person comes back as they
 * were (same id, fields, careers), the kept one is as before, and exactly
 * what moved moves back — a conversation added to the kept person since
 * stays theirs. Refused, changing nothing, when the kept person was edited
 * since (undo would throw the edit away). What was deleted since stays
 * deleted (a conversation, a career, an organization: the person then has
 * none, as a delete would have left them); `notes` says so.
 *
 * @example await undoMerge(ctx, outcome.mergeId)
 */
export async function undoMerge(ctx: Ctx, mergeId: string): Promise<UndoOutcome> {
  return inTransaction(ctx, async (tx) => {
    const merge = await selectMerge(tx, mergeId)
    if (!merge) throw new NotFoundError('merge', mergeId)
    const [last] = await selectMerges(tx, 1)
    if (last && last.id !== merge.id)
      throw new ConflictError(
        `only the last merge can be undone: that is ${last.removed_name} into ${last.kept_name}`,
      )
    const record = readRecord(merge)
    const removed = personRowFrom(record.removed.row, tx.ownerId)
    const before = personRowFrom(record.kept.before, tx.ownerId)
    const after = personRowFrom(record.kept.after, tx.ownerId)
    if (!removed || !before || !after) throw unreadable()
    const kept = await selectPerson(tx, merge.kept_person_id)
    if (!kept) throw new NotFoundError('person', merge.kept_person_id)
    const keptCareers = (await selectPersonCareers(tx, [kept.id])).get(kept.id) ?? []
    if (
      !sameRow(kept, after) ||
      !sameSet(
        keptCareers.map((c) => c.id),
        record.kept.careerIdsAfter,
      )
    )
      throw new ConflictError(
        `${kept.name} was changed after the merge, so undoing it would throw that change away; nothing was undone. Change ${kept.name} by hand instead.`,
      )
    if (await selectPerson(tx, removed.id))
      throw new ConflictError(`${removed.name} is back already; nothing was undone`)

    const notes: string[] = []
    const organizations = await selectNames(tx, 'organizations', [
      removed.organization_id,
      before.organization_id,
    ])
    const people = await selectNames(tx, 'people', [removed.referred_by_id, before.referred_by_id])
    people.set(removed.id, removed.name)
    for (const row of [removed, before]) {
      if (row.organization_id && !organizations.has(row.organization_id)) {
        notes.push(`${row.name}'s organization was deleted since the merge: ${row.name} has none`)
        row.organization_id = null
      }
      if (row.referred_by_id && !people.has(row.referred_by_id)) {
        notes.push(`who referred ${row.name} was deleted since the merge`)
        row.referred_by_id = null
      }
    }
    await insertPerson(tx, removed)
    await updatePersonRow(tx, before)
    const careers = await selectNames(tx, 'careers', [
      ...record.removed.careerIds,
      ...record.kept.careerIds,
    ])
    const stillThere = (ids: string[]) => ids.filter((id) => careers.has(id))
    const gone = [...record.removed.careerIds, ...record.kept.careerIds].filter(
      (id) => !careers.has(id),
    )
    if (gone.length > 0)
      notes.push(`${new Set(gone).size} career(s) were deleted since the merge and are not linked`)
    await replacePersonCareers(tx, removed.id, stillThere(record.removed.careerIds))
    await replacePersonCareers(tx, kept.id, stillThere(record.kept.careerIds))

    const moved = record.moved
    const back = {
      conversations: await moveToPerson(
        tx,
        'conversations',
        moved.conversations,
        kept.id,
        removed.id,
      ),
      messages: await moveToPerson(tx, 'messages', moved.messages, kept.id, removed.id),
      mailFindings: await moveToPerson(
        tx,
        'mail_findings',
        moved.mailFindings,
        kept.id,
        removed.id,
      ),
    }
    const lost = [
      [moved.conversations.length - back.conversations.length, 'conversation(s)'],
      [moved.messages.length - back.messages.length, 'message(s)'],
      [moved.mailFindings.length - back.mailFindings.length, 'mail finding(s)'],
    ] as const
    for (const [count, what] of lost)
      if (count > 0) notes.push(`${count} ${what} of ${removed.name} were deleted since the merge`)
    await moveReferrals(tx, moved.referredPeople, kept.id, removed.id)
    const byConversation = new Map<string, number[]>()
    for (const { conversationId, index } of moved.nextPeople)
      byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), index])
    for (const reflection of await selectReflectionNextPeople(tx, [...byConversation.keys()])) {
      const positions = byConversation.get(reflection.conversation_id) ?? []
      const changed = renamePerson(reflection.next_people, kept.id, removed.id, positions)
      if (changed !== null) await updateNextPeople(tx, reflection.conversation_id, changed)
    }

    const dismissed = record.dropped.dismissals
    const present = await selectNames(
      tx,
      'people',
      dismissed.flatMap((d) => [String(d.person_id), String(d.other_id)]),
    )
    await insertDismissals(
      tx,
      dismissed
        .filter((d) => present.has(String(d.person_id)) && present.has(String(d.other_id)))
        .map((d) => ({
          owner_id: tx.ownerId,
          person_id: String(d.person_id),
          other_id: String(d.other_id),
          created_at: String(d.created_at),
        })),
    )
    await deleteMerge(tx, merge.id)
    await insertMerges(
      tx,
      record.dropped.merges.map((m) => ({
        id: String(m.id),
        owner_id: tx.ownerId,
        kept_person_id: removed.id,
        removed_person_id: String(m.removed_person_id),
        removed_name: String(m.removed_name),
        undo: String(m.undo),
        created_at: String(m.created_at),
        seq: Number(m.seq),
      })),
    )
    await reindex(tx, removed, back.conversations)
    await reindex(tx, before, [])
    return {
      kept: await getPerson(tx, kept.id),
      restored: await getPerson(tx, removed.id),
      notes,
    }
  })
}

function readRecord(merge: MergeRow): MergeRecord {
  try {
    const parsed = MergeRecord.safeParse(JSON.parse(merge.undo))
    if (parsed.success) return parsed.data
  } catch {
    // falls through: the same answer as a record of the wrong shape
  }
  throw unreadable()
}

function unreadable(): ConflictError {
  return new ConflictError(
    'this merge cannot be undone: its record is not one coffeechat wrote (edited in a backup?); nothing was changed',
  )
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a)
  return set.size === new Set(b).size && b.every((id) => set.has(id))
}
