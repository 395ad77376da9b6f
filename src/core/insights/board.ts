import { careerScope, coverageOf, spokeWith } from '../careers/coverage.ts'
import type { CareerNode } from '../careers/service.ts'
import { conversationStatuses } from '../conversations/status.ts'
import { formatPay } from '../reflections/pay.ts'
import { toPayEntry } from '../reflections/service.ts'
import { meetingAtOf } from '../rules/held-time.ts'
import type { Settings } from '../settings/schema.ts'
import { groupBy } from '../shared/group-by.ts'
import { storedEnum } from '../shared/schema.ts'
import { jsonList } from '../shared/stored-lists.ts'
import { boardTopics, reflectionTopics, topicLabel } from '../shared/topics.ts'
import type { Evidence, EvidenceConversation } from './repo.ts'
import type {
  BoardAnswer,
  BoardConversation,
  BoardPayEntry,
  BoardPerson,
  CareerBoard,
  CareerHeading,
  GridRow,
} from './schema.ts'
import { countStatements, fitTrend, payRanges, statementKey } from './statistics.ts'

export { careerScope }

export function careerHeading(careers: readonly CareerNode[], career: CareerNode): CareerHeading {
  return {
    id: career.id,
    name: career.name,
    status: career.status,
    dropped: career.status === 'dropped',
    hypothesis: career.hypothesis,
    path: career.path,
    depth: career.depth,
    focusAreas: careers
      .filter((c) => c.parentId === career.id)
      .map((c) => ({ id: c.id, name: c.name, status: c.status })),
  }
}

/** When it happened (meeting mode's record), else when it is planned: one instant for every date. */
function dateOf(conversation: EvidenceConversation): string | null {
  return meetingAtOf(conversation)
}

/**
 * A career's board, computed from the explorer's evidence: its conversations,
 * the comparison grid (topics and questions down, people across), gaps, pros
 * and cons with counts, the pay ledger, the fit trend and coverage. Pure, so
 * the board, the comparison and every face show the same numbers.
 */
export function computeBoard(
  evidence: Evidence,
  careers: readonly CareerNode[],
  career: CareerNode,
  settings: Pick<Settings, 'coverageMinPeople' | 'coverageMinOrganizations'>,
): CareerBoard {
  const scope = careerScope(careers, career.id)
  const careerNames = new Map(careers.map((c) => [c.id, c.name]))
  const careersOf = groupBy(
    evidence.conversationCareers,
    (link) => link.conversation_id,
    (link) => link.career_id,
  )
  const reflections = new Map(evidence.reflections.map((r) => [r.conversation_id, r]))
  const answersOf = groupBy(
    evidence.answers,
    (answer) => answer.conversation_id,
    (answer) => answer,
  )

  const inScope = evidence.conversations
    .filter((c) => (careersOf.get(c.id) ?? []).some((id) => scope.has(id)))
    .sort(
      (a, b) =>
        (dateOf(a) ?? '9999').localeCompare(dateOf(b) ?? '9999') || a.id.localeCompare(b.id),
    )
  // Held means spoken with, as coverage counts it: the grid's columns are the coverage's people.
  const isHeld = (c: EvidenceConversation) => spokeWith(c.status)
  const held = inScope.filter(isHeld)

  const conversations: BoardConversation[] = inScope.map((c) => {
    const reflection = reflections.get(c.id)
    return {
      id: c.id,
      personId: c.person_id,
      person: c.person_name,
      organizationId: c.organization_id,
      organization: c.organization_name,
      status: storedEnum(conversationStatuses, c.status, 'identified'),
      date: dateOf(c),
      careers: (careersOf.get(c.id) ?? []).flatMap((id) => careerNames.get(id) ?? []),
      held: isHeld(c),
      fitRating: reflection?.fit_rating ?? null,
      reflection: !reflection ? 'none' : reflection.completed_at ? 'completed' : 'started',
    }
  })

  const people: BoardPerson[] = []
  const personIndex = new Map<string, BoardPerson>()
  for (const c of held) {
    let person = personIndex.get(c.person_id)
    if (!person) {
      person = {
        id: c.person_id,
        name: c.person_name,
        organization: c.organization_name,
        conversationIds: [],
      }
      personIndex.set(c.person_id, person)
      people.push(person)
    }
    person.conversationIds.push(c.id)
  }

  const payEntries: BoardPayEntry[] = held.flatMap((c) =>
    evidence.pay
      .filter((p) => p.conversation_id === c.id && (p.career_id === null || scope.has(p.career_id)))
      .map((p) => ({
        ...toPayEntry(p),
        conversationId: c.id,
        personId: c.person_id,
        person: c.person_name,
        date: dateOf(c),
      })),
  )

  const grid = buildGrid(held, people, answersOf, reflections, payEntries)
  const topicRows = grid.filter((row) => row.kind === 'topic')
  const gaps = topicRows
    .filter((row) => row.core && row.sources === 0)
    .map((row) => ({ topic: row.topic, label: row.label }))

  const statements = (field: 'pros' | 'cons') =>
    countStatements(
      held.flatMap((c) => {
        const reflection = reflections.get(c.id)
        return reflection
          ? jsonList(reflection[field]).map((text) => ({ text, person: c.person_name }))
          : []
      }),
    )

  const fitPoints = held.flatMap((c) => {
    const reflection = reflections.get(c.id)
    if (!reflection || reflection.fit_rating === null) return []
    return [
      {
        conversationId: c.id,
        person: c.person_name,
        date: dateOf(c) ?? reflection.created_at,
        rating: reflection.fit_rating,
      },
    ]
  })

  const coverage = coverageOf(held, settings)

  return {
    career: careerHeading(careers, career),
    conversations,
    people,
    grid,
    gaps,
    pros: statements('pros'),
    cons: statements('cons'),
    pay: { entries: payEntries, ranges: payRanges(payEntries) },
    fit: fitTrend(fitPoints),
    training: held.flatMap((c) => {
      const text = reflections.get(c.id)?.training.trim()
      return text ? [{ person: c.person_name, conversationId: c.id, text }] : []
    }),
    coverage,
  }
}

interface RowDraft {
  key: string
  kind: 'topic' | 'question'
  topic: string
  label: string
  answers: Map<string, BoardAnswer[]>
}

function buildGrid(
  held: readonly EvidenceConversation[],
  people: readonly BoardPerson[],
  answersOf: Map<string, Evidence['answers']>,
  reflections: Map<string, Evidence['reflections'][number]>,
  pay: readonly BoardPayEntry[],
): GridRow[] {
  const topicRows = new Map<string, RowDraft>()
  const questionRows = new Map<string, RowDraft[]>()
  const questionByKey = new Map<string, RowDraft>()
  const topicRow = (topic: string) => {
    let row = topicRows.get(topic)
    if (!row) {
      row = {
        key: `topic:${topic}`,
        kind: 'topic',
        topic,
        label: topicLabel(topic),
        answers: new Map(),
      }
      topicRows.set(topic, row)
    }
    return row
  }
  for (const topic of boardTopics) topicRow(topic.key)
  const add = (row: RowDraft, personId: string, answer: BoardAnswer) => {
    const list = row.answers.get(personId) ?? []
    list.push(answer)
    row.answers.set(personId, list)
  }

  for (const c of held) {
    for (const a of answersOf.get(c.id) ?? []) {
      topicRow(a.topic)
      const key = `question:${a.question_id ?? statementKey(a.text)}`
      let row = questionByKey.get(key)
      if (!row) {
        row = { key, kind: 'question', topic: a.topic, label: a.text, answers: new Map() }
        questionByKey.set(key, row)
        const list = questionRows.get(a.topic) ?? []
        list.push(row)
        questionRows.set(a.topic, list)
      }
      add(row, c.person_id, { text: a.answer.trim(), conversationId: c.id, from: 'answer' })
    }
    const reflection = reflections.get(c.id)
    if (reflection) {
      const fields = [
        ['dayToDay', reflection.day_to_day],
        ['training', reflection.training],
      ] as const
      for (const [from, text] of fields) {
        if (text.trim())
          add(topicRow(reflectionTopics[from]), c.person_id, {
            text: text.trim(),
            conversationId: c.id,
            from,
          })
      }
      for (const from of ['pros', 'cons'] as const) {
        for (const text of jsonList(reflection[from])) {
          add(topicRow(reflectionTopics[from]), c.person_id, { text, conversationId: c.id, from })
        }
      }
    }
    for (const entry of pay.filter((p) => p.conversationId === c.id)) {
      const text = entry.note ? `${formatPay(entry)} (${entry.note})` : formatPay(entry)
      add(topicRow(reflectionTopics.pay), c.person_id, { text, conversationId: c.id, from: 'pay' })
    }
  }

  const coreTopics = new Set<string>(boardTopics.filter((t) => t.core).map((t) => t.key))
  const toRow = (draft: RowDraft, sources: number): GridRow => ({
    key: draft.key,
    kind: draft.kind,
    topic: draft.topic,
    label: draft.label,
    core: draft.kind === 'topic' && coreTopics.has(draft.topic),
    sources,
    singleSource: sources === 1,
    cells: people.map((p) => ({ personId: p.id, answers: draft.answers.get(p.id) ?? [] })),
  })
  const rows: GridRow[] = []
  for (const draft of topicRows.values()) {
    const questions = questionRows.get(draft.topic) ?? []
    const speakers = new Set([
      ...draft.answers.keys(),
      ...questions.flatMap((q) => [...q.answers.keys()]),
    ])
    rows.push(toRow(draft, speakers.size))
    for (const question of questions) rows.push(toRow(question, question.answers.size))
  }
  return rows
}
