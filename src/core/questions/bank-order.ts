import { seedQuestions } from './seed.ts'
import { questionTopics } from './topics.ts'

/** Where each seed question stands in the seed file. */
const seedOrder: ReadonlyMap<string, number> = new Map(
  seedQuestions.map((q, index) => [q.key, index]),
)

const topicIndex = (topic: string) => {
  const index = (questionTopics as readonly string[]).indexOf(topic)
  return index < 0 ? questionTopics.length : index
}
const seedIndex = (key: string | null) =>
  key === null ? Number.POSITIVE_INFINITY : (seedOrder.get(key) ?? Number.POSITIVE_INFINITY)

/**
 * Bank order: by topic (the order of a conversation, from the path into the
 * role to resources and referrals), then the seed file's order, then the
 * explorer's own questions by age.
 *
 * @example sortInBankOrder(rows).map((q) => q.topic) // ['path', 'path', 'day-to-day', …]
 */
export function sortInBankOrder<
  T extends { topic: string; seed_key: string | null; created_at: string; id: string },
>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      topicIndex(a.topic) - topicIndex(b.topic) ||
      seedIndex(a.seed_key) - seedIndex(b.seed_key) ||
      a.created_at.localeCompare(b.created_at) ||
      a.id.localeCompare(b.id),
  )
}
