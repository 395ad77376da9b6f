import type { SearchHit } from '../../db/dialect.ts'
import type { Ctx } from '../context.ts'
import { topicLabel } from '../shared/topics.ts'
import { selectAnswerTargets, selectConversationPeople } from './repo.ts'
import type { SearchTarget } from './schema.ts'

/** How a hit is shown: its title now, and the page it opens. */
export interface ResolvedHit {
  hit: SearchHit
  title: string
  target: SearchTarget
}

const recordPages: ReadonlyArray<SearchTarget['page']> = [
  'person',
  'organization',
  'career',
  'conversation',
]

function isRecordPage(kind: string): kind is SearchTarget['page'] {
  return recordPages.some((page) => page === kind)
}

/**
 * Places each hit on a page. People, organizations, careers and
 * conversations open their own page; an answer, a meeting's notes and a
 * reflection open their conversation, titled with the person's current name
 * ("Amara Okafor — answer on day-to-day"). Hits whose record is gone (a
 * conversation deleted with its person) are left out.
 */
export async function resolveTargets(ctx: Ctx, hits: SearchHit[]): Promise<ResolvedHit[]> {
  const answerIds = hits.filter((h) => h.kind === 'answer').map((h) => h.recordId)
  const conversationIds = hits
    .filter((h) => h.kind === 'meeting' || h.kind === 'reflection')
    .map((h) => h.recordId)
  const [answers, conversations] = await Promise.all([
    answerIds.length ? selectAnswerTargets(ctx, answerIds) : [],
    conversationIds.length ? selectConversationPeople(ctx, conversationIds) : [],
  ])
  // Names as the index keeps titles: composed, so they compare and display alike.
  const answerOf = new Map(answers.map((a) => [a.id, { ...a, name: a.name.normalize('NFC') }]))
  const personOf = new Map(conversations.map((c) => [c.id, c.name.normalize('NFC')]))
  return hits.flatMap((hit): ResolvedHit[] => {
    if (hit.kind === 'answer') {
      const found = answerOf.get(hit.recordId)
      if (!found) return []
      return [
        {
          hit,
          title: `${found.name} — answer on ${topicLabel(found.topic).toLowerCase()}`,
          target: { page: 'conversation', id: found.conversation_id, section: 'plan' },
        },
      ]
    }
    if (hit.kind === 'meeting' || hit.kind === 'reflection') {
      const person = personOf.get(hit.recordId)
      if (!person) return []
      const what = hit.kind === 'meeting' ? 'meeting notes' : 'reflection'
      return [
        {
          hit,
          title: `${person} — ${what}`,
          target: { page: 'conversation', id: hit.recordId, section: hit.kind },
        },
      ]
    }
    const page = isRecordPage(hit.kind) ? hit.kind : 'conversation'
    return [{ hit, title: hit.title, target: { page, id: hit.recordId, section: null } }]
  })
}
