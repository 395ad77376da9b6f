import { createCareer, listCareers, updateCareer } from '../careers/service.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import {
  insertConversationCareer,
  movePersonCareerLink,
  selectCareerPeople,
  selectCareerQuestionTexts,
  selectPersonConversationIdsInCareer,
  selectQuestionCareers,
  updateQuestionsCareer,
} from './repo.ts'
import { NarrowInput, type NarrowResult } from './schema.ts'

/**
 * Narrows a career into a focus area (found by name among its focus areas,
 * or created) and moves people and questions to it: a person's link to the
 * career becomes a link to the focus area, and their conversations in the
 * career count for the focus area too (they keep the career, so its history
 * stays whole); a question of the career becomes the focus area's. An
 * exploring career becomes narrowing.
 *
 * @example await narrowCareer(ctx, dsId, { name: 'ML in healthcare', personIds: [amara.id] })
 */
export async function narrowCareer(
  ctx: Ctx,
  careerId: string,
  input: unknown,
): Promise<NarrowResult> {
  const data = parseInput(NarrowInput, input)
  return inTransaction(ctx, async (tx) => {
    const careers = (await listCareers(tx, { limit: 500 })).items
    const career = careers.find((c) => c.id === careerId)
    if (!career) throw new NotFoundError('career', careerId)
    const name = tidy(data.name)
    const existing = careers.find((c) => c.parentId === careerId && fold(c.name) === fold(name))
    const focusArea =
      existing ??
      (await createCareer(tx, { name, parentId: careerId, hypothesis: data.hypothesis }))
    if (existing && data.hypothesis !== undefined) {
      await updateCareer(tx, existing.id, { hypothesis: data.hypothesis })
    }

    const personIds = [...new Set(data.personIds)]
    const linked = personIds.length ? await selectCareerPeople(tx, careerId, personIds) : []
    const linkedIds = new Set(linked.map((r) => r.person_id))
    const strayPerson = personIds.findIndex((id) => !linkedIds.has(id))
    if (strayPerson >= 0) {
      throw invalid(
        `personIds.${strayPerson}`,
        `${personIds[strayPerson]} is not one of the people who speak to ${career.name}`,
      )
    }
    for (const personId of personIds) {
      await movePersonCareerLink(tx, personId, careerId, focusArea.id)
      const conversationIds = await selectPersonConversationIdsInCareer(tx, personId, careerId)
      for (const id of conversationIds) {
        await insertConversationCareer(tx, id, focusArea.id)
      }
    }

    const questionIds = [...new Set(data.questionIds)]
    const questions = questionIds.length ? await selectQuestionCareers(tx, questionIds) : []
    const ofCareer = new Set(questions.filter((q) => q.career_id === careerId).map((q) => q.id))
    const strayQuestion = questionIds.findIndex((id) => !ofCareer.has(id))
    if (strayQuestion >= 0) {
      throw invalid(
        `questionIds.${strayQuestion}`,
        `${questionIds[strayQuestion]} is not a question of ${career.name}`,
      )
    }
    if (questionIds.length > 0) {
      await updateQuestionsCareer(tx, questionIds, focusArea.id)
    }
    if (career.status === 'exploring') await updateCareer(tx, careerId, { status: 'narrowing' })
    return {
      focusArea: { id: focusArea.id, name: focusArea.name, created: !existing },
      movedPeople: personIds,
      movedQuestions: questionIds,
    }
  })
}

/**
 * A question of this career by id, by its exact text, or by a piece of text
 * that names one question only (case and accents ignored), for the CLI.
 *
 * @example await resolveCareerQuestion(ctx, career, 'clinicians', 'question.0')
 */
export async function resolveCareerQuestion(
  ctx: Ctx,
  career: { id: string; name: string },
  ref: string,
  path: string,
): Promise<string> {
  const rows = await selectCareerQuestionTexts(ctx, career.id)
  const byId = rows.find((q) => q.id === ref)
  if (byId) return byId.id
  const wanted = fold(tidy(ref))
  const exact = rows.filter((q) => fold(tidy(q.text)) === wanted)
  const matching = exact.length ? exact : rows.filter((q) => fold(q.text).includes(wanted))
  if (matching.length === 1 && matching[0]) return matching[0].id
  if (matching.length > 1) {
    throw invalid(
      path,
      `"${ref}" matches ${matching.length} questions of ${career.name}; use more words or the id`,
    )
  }
  throw invalid(path, `no question of ${career.name} matches "${ref}"`)
}
