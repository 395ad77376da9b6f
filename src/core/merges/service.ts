import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { selectPerson, selectPersonCareers } from '../people/reads.ts'
import { deletePersonRow, replacePersonCareers, updatePersonRow } from '../people/row-writes.ts'
import { getPerson } from '../people/service.ts'
import { unindexDocument } from '../search/service.ts'
import { parseInput } from '../validate.ts'
import { entriesNaming, reindex, renamePerson } from './moves.ts'
import { type MergeNames, planMerge } from './plan.ts'
import type { MergeRecord } from './record.ts'
import {
  insertMergeRow,
  moveReferrals,
  moveToPerson,
  nextMergeSeq,
  selectDismissalsOf,
  selectIdsOfPerson,
  selectMergesKeeping,
  selectNames,
  selectReferredBy,
  selectReflectionsNaming,
  updateNextPeople,
} from './repo.ts'
import { storedPersonRow } from './rows.ts'
import { type MergeOutcome, MergeRequest } from './schema.ts'

/**
 * Merges the person `otherId` into `keptId` (A ← B) in one transaction:
 * every field is kept (see `planMerge`), and B's conversations (with their
 * plans, meetings and reflections), messages and drafts (referral asks
 * among them), mail findings, careers, the people B referred you to and the
 * reflections that named B as someone to meet next all move to A; then B is
 * gone. A merge record keeps B whole and the ids of what moved, so the last
 * merge can be undone (`undoMerge`). With `dryRun`, the same answer and
 * nothing written: the preview.
 *
 * @example await mergePeople(ctx, ada.id, { otherId: adaToo.id, dryRun: true })
 */
export async function mergePeople(ctx: Ctx, keptId: string, input: unknown): Promise<MergeOutcome> {
  const { otherId, dryRun } = parseInput(MergeRequest, input)
  return inTransaction(ctx, async (tx) => {
    const [kept, other] = await Promise.all([selectPerson(tx, keptId), selectPerson(tx, otherId)])
    if (!kept) throw new NotFoundError('person', keptId)
    if (!other) throw new NotFoundError('person', otherId)
    if (otherId === keptId)
      throw invalid('otherId', 'that is the same person: choose the other one to merge')
    const careers = await selectPersonCareers(tx, [keptId, otherId])
    const keptCareers = careers.get(keptId) ?? []
    const otherCareers = careers.get(otherId) ?? []
    const names: MergeNames = {
      organizations: await selectNames(tx, 'organizations', [
        kept.organization_id,
        other.organization_id,
      ]),
      people: await selectNames(tx, 'people', [
        kept.referred_by_id,
        other.referred_by_id,
        keptId,
        otherId,
      ]),
      careers: new Map([...keptCareers, ...otherCareers].map((c) => [c.id, c.name])),
    }
    const now = tx.now().toISOString()
    const plan = planMerge({
      kept,
      other,
      keptCareerIds: keptCareers.map((c) => c.id),
      otherCareerIds: otherCareers.map((c) => c.id),
      names,
      now,
    })
    const [conversations, messages, mailFindings, referredPeople, reflections] = await Promise.all([
      selectIdsOfPerson(tx, 'conversations', otherId),
      selectIdsOfPerson(tx, 'messages', otherId),
      selectIdsOfPerson(tx, 'mail_findings', otherId),
      selectReferredBy(tx, otherId, keptId),
      selectReflectionsNaming(tx, otherId),
    ])
    const nextPeople = reflections.flatMap((r) =>
      entriesNaming(r.next_people, otherId).map((index) => ({
        conversationId: r.conversation_id,
        index,
      })),
    )
    const outcome = {
      kept: await getPerson(tx, keptId),
      other: await getPerson(tx, otherId),
      fields: plan.fields,
      moves: {
        conversations: conversations.length,
        messages: messages.length,
        mailFindings: mailFindings.length,
        referredPeople: referredPeople.length,
        reflectionMentions: nextPeople.length,
      },
      notesAdded: plan.notesAdded,
    }
    if (dryRun) return { dryRun: true, ...outcome, mergeId: null, person: null }

    const [dismissals, merges] = await Promise.all([
      selectDismissalsOf(tx, otherId),
      selectMergesKeeping(tx, otherId),
    ])
    const record: MergeRecord = {
      version: 1,
      kept: {
        before: storedPersonRow(kept),
        careerIds: keptCareers.map((c) => c.id),
        after: storedPersonRow(plan.row),
        careerIdsAfter: plan.careerIds,
      },
      removed: { row: storedPersonRow(other), careerIds: otherCareers.map((c) => c.id) },
      moved: { conversations, messages, mailFindings, referredPeople, nextPeople },
      dropped: { dismissals, merges },
    }
    // Numbered before B goes: B's own merge records go with B and must keep numbers below this one.
    const seq = await nextMergeSeq(tx)
    await moveToPerson(tx, 'conversations', conversations, otherId, keptId)
    await moveToPerson(tx, 'messages', messages, otherId, keptId)
    await moveToPerson(tx, 'mail_findings', mailFindings, otherId, keptId)
    await moveReferrals(tx, referredPeople, otherId, keptId)
    for (const reflection of reflections) {
      const changed = renamePerson(reflection.next_people, otherId, keptId)
      if (changed !== null) await updateNextPeople(tx, reflection.conversation_id, changed)
    }
    await updatePersonRow(tx, plan.row)
    await replacePersonCareers(tx, keptId, plan.careerIds)
    await unindexDocument(tx, 'person', otherId)
    await deletePersonRow(tx, otherId)
    const mergeId = newId(tx.now())
    await insertMergeRow(tx, {
      id: mergeId,
      owner_id: tx.ownerId,
      kept_person_id: keptId,
      removed_person_id: otherId,
      removed_name: other.name,
      undo: JSON.stringify(record),
      created_at: now,
      seq,
    })
    await reindex(tx, plan.row, conversations)
    return { dryRun: false, ...outcome, mergeId, person: await getPerson(tx, keptId) }
  })
}
