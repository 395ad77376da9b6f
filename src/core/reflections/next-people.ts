import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError, invalid, NotFoundError } from '../errors.ts'
import { createPerson } from '../people/service.ts'
import { readNextPeople } from '../shared/stored-lists.ts'
import { parseInput } from '../validate.ts'
import { selectCareerIdsOfConversation, selectReflection, updateReflectionRow } from './repo.ts'
import { requireReflectedConversation } from './resolve.ts'
import { CreateNextPerson, type Reflection } from './schema.ts'
import { getReflection } from './service.ts'

/**
 * Turns one "next person to meet" of a reflection into a person, referred by
 * the one this conversation was with and speaking to the same careers, and
 * links the entry to them.
 *
 * @example await createNextPerson(ctx, conversationId, { index: 0 })
 */
export async function createNextPerson(
  ctx: Ctx,
  conversationId: string,
  input: unknown,
): Promise<{ reflection: Reflection; personId: string }> {
  const { index, organizationId } = parseInput(CreateNextPerson, input)
  const personId = await inTransaction(ctx, async (tx) => {
    const conversation = await requireReflectedConversation(tx, conversationId)
    const row = await selectReflection(tx, conversationId)
    if (!row) throw new NotFoundError('reflection of conversation', conversationId)
    const people = readNextPeople(row.next_people)
    const entry = people[index]
    if (!entry) {
      throw invalid(
        'index',
        `the reflection lists ${people.length} next ${people.length === 1 ? 'person' : 'people'}; there is no number ${index + 1}`,
      )
    }
    if (entry.personId) {
      throw new ConflictError(`${entry.name} was already added as a person`)
    }
    const person = await createPerson(tx, {
      name: entry.name,
      organizationId: organizationId ?? null,
      referredById: conversation.person_id,
      connection: 'referral',
      connectionNote: entry.note || `Suggested by ${conversation.person_name}`,
      source: 'Referral',
      careerIds: await selectCareerIdsOfConversation(tx, conversationId),
    })
    people[index] = { ...entry, personId: person.id }
    await updateReflectionRow(tx, {
      ...row,
      next_people: JSON.stringify(people),
      updated_at: tx.now().toISOString(),
    })
    return person.id
  })
  return { reflection: await getReflection(ctx, conversationId), personId }
}
