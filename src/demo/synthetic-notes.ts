import { type Ctx, inTransaction } from '../core/context.ts'
import { newId } from '../core/ids.ts'
import { indexDocuments, type SearchDocument } from '../core/search/service.ts'
import { fold } from '../core/text.ts'
import { firstNames, jobTitles, lastNames } from './names.ts'
import { insertBatch } from './repo.ts'

// Word lists for notes that read like an explorer's: varied enough that
// common words are common and rare words rare, as in real notes.
const PLACES = [
  'Berlin',
  'Zürich',
  'München',
  'Kraków',
  'Málaga',
  'São Paulo',
  'Lyon',
  'Göteborg',
  'Amsterdam',
  'Wien',
  'Köln',
  'Reykjavík',
  'Toronto',
  'Lisbon',
  'Copenhagen',
]
const SUBJECTS = [
  'data cleaning',
  'readmission models',
  'pricing models',
  'clinical trials',
  'supply chains',
  'due diligence',
  'polymer ageing',
  'fraud detection',
  'demand forecasting',
  'optics simulation',
  'actuarial tables',
  'credit risk',
  'A/B tests',
  'recommendation systems',
  'sensor data',
  'survival analysis',
  'Bayesian methods',
  'stakeholder workshops',
  'cloud pipelines',
  'dashboards',
  'regulatory filings',
  'patent searches',
  'lab automation',
  'energy markets',
  'churn prediction',
]
const VERBS = [
  'spends most of the week on',
  'complained about',
  'lit up when talking about',
  'said juniors start with',
  'thinks the field is moving towards',
  'learned on the job about',
  'recommended reading on',
  'warned me about',
  'spends Fridays on',
  'presented at a meetup on',
]
const CLOSERS = [
  'Travel is rare.',
  'Hours are long around quarter ends.',
  'Pay starts around 60k EUR for PhDs.',
  'Remote work two days a week.',
  'Mentoring is informal but real.',
  'Promotion takes three years on average.',
  'Publishing needs approval from legal.',
  'Most of the team came from academia.',
  'On-call rotation once a month.',
  'The café downstairs is where decisions happen.',
  'Suggested I talk to someone in the {place} office.',
  'Her team in {place} is hiring interns next spring.',
]
const ROLES = [...jobTitles, 'Quant Researcher', 'Product Manager']

/** A small deterministic generator (mulberry32), so a count always gives the same notes. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return { next, pick }
}

function note(r: ReturnType<typeof random>, person: string): string {
  const place = r.pick(PLACES)
  const sentences = [
    `${person} ${r.pick(VERBS)} ${r.pick(SUBJECTS)} in ${place}.`,
    `Also ${r.pick(VERBS)} ${r.pick(SUBJECTS)}.`,
    r.pick(CLOSERS).replace('{place}', r.pick(PLACES)),
  ]
  if (r.next() < 0.5) sentences.push(r.pick(CLOSERS).replace('{place}', place))
  return sentences.join(' ')
}

export interface GeneratedNotes {
  people: number
  notes: number
}

/**
 * Adds `count` conversation notes for made-up people (one person per 20
 * notes), fast: rows and their search documents go in with multi-row
 * inserts, one transaction per batch. For the search benchmark.
 *
 * @example await generateNotes(ctx, 100_000)
 */
export async function generateNotes(
  ctx: Ctx,
  count: number,
  options: { batch?: number; seed?: number } = {},
): Promise<GeneratedNotes> {
  const batch = options.batch ?? 1000
  const r = random(options.seed ?? 42)
  const peopleCount = Math.max(1, Math.ceil(count / 20))
  const at = ctx.now().toISOString()
  const people: Array<{ id: string; name: string }> = []
  for (let start = 0; start < peopleCount; start += batch) {
    await inTransaction(ctx, async (tx) => {
      const rows = []
      const documents: SearchDocument[] = []
      for (let i = start; i < Math.min(peopleCount, start + batch); i++) {
        const name = `${r.pick(firstNames)} ${r.pick(lastNames)}`
        const id = newId(tx.now())
        const title = r.pick(ROLES)
        people.push({ id, name })
        rows.push({
          id,
          owner_id: tx.ownerId,
          name,
          name_key: fold(name),
          first_name: null,
          organization_id: null,
          title,
          connection: 'other',
          connection_note: '',
          source: 'synthetic',
          linkedin_url: null,
          emails: '[]',
          phones: '[]',
          tags: '[]',
          notes: '',
          referred_by_id: null,
          websites: '[]',
          profiles: '[]',
          created_at: at,
          updated_at: at,
        })
        documents.push({ kind: 'person', recordId: id, title: name, parts: [title] })
      }
      await insertBatch(tx, 'people', rows)
      await indexDocuments(tx, documents)
    })
  }
  for (let start = 0; start < count; start += batch) {
    await inTransaction(ctx, async (tx) => {
      const rows = []
      const documents: SearchDocument[] = []
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const person = people[i % people.length] ?? { id: '', name: 'Someone' }
        const id = newId(tx.now())
        const notes = note(r, person.name.split(' ')[0] ?? person.name)
        rows.push({
          id,
          owner_id: tx.ownerId,
          person_id: person.id,
          status: 'thanked',
          status_changed_at: at,
          scheduled_at: null,
          time_zone: null,
          duration_minutes: 30,
          format: null,
          place: '',
          notes,
          created_at: at,
          updated_at: at,
        })
        documents.push({
          kind: 'conversation',
          recordId: id,
          title: `Conversation with ${person.name}`,
          parts: [notes],
        })
      }
      await insertBatch(tx, 'conversations', rows)
      await indexDocuments(tx, documents)
    })
  }
  return { people: peopleCount, notes: count }
}
