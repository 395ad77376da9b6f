import type { Ctx } from '../src/core/context.ts'
import { createConversation } from '../src/core/conversations/service.ts'
import { createPerson } from '../src/core/people/service.ts'

/**
 * The setting of the two-devices tests (one autosave protocol, issue 13):
 * Amara Okafor, met this morning at 08:00 UTC, whose reflection and
 * thank-you the explorer then writes on a laptop and a phone.
 *
 * @example const chat = await metConversation(ctx); await saveReflection(ctx, chat.id, { … })
 */
export async function metConversation(ctx: Ctx) {
  const person = await createPerson(ctx, { name: 'Amara Okafor' })
  return createConversation(ctx, {
    personId: person.id,
    status: 'met',
    scheduledAt: '2026-03-02T08:00:00Z',
    timeZone: 'Europe/Berlin',
  })
}

/**
 * The laptop's two edits in turn, then the phone's late replay of what it
 * typed before them; `save` is one record's autosave. Answers the replay's
 * result, to check that the laptop's newer fields stand.
 *
 * @example const replay = await laptopThenPhone((edit) => saveReflection(ctx, id, edit), [first, second], older)
 */
export async function laptopThenPhone<Edit, Saved>(
  save: (edit: Edit) => Promise<Saved>,
  laptop: readonly [Edit, Edit],
  phone: Edit,
): Promise<Saved> {
  for (const edit of laptop) await save(edit)
  return save(phone)
}
