import { z } from 'zod'

/**
 * What a merge stores to be undone (`person_merges.undo`, JSON): the removed
 * person's row whole, the kept person's row before, and the id of every
 * record that moved, so undo moves back exactly those and nothing else.
 * Rows are kept as the database holds them (snake_case columns).
 */
const Row = z.record(z.string(), z.union([z.string(), z.number(), z.null()]))

export const MergeRecord = z.object({
  version: z.literal(1),
  kept: z.object({
    before: Row,
    careerIds: z.array(z.string()),
    /** The kept person's row and careers as the merge left them: anything else since makes undo unsafe. */
    after: Row,
    careerIdsAfter: z.array(z.string()),
  }),
  removed: z.object({ row: Row, careerIds: z.array(z.string()) }),
  moved: z.object({
    conversations: z.array(z.string()),
    messages: z.array(z.string()),
    mailFindings: z.array(z.string()),
    referredPeople: z.array(z.string()),
    /** Next people of a reflection (conversation, position) that pointed at the removed person. */
    nextPeople: z.array(z.object({ conversationId: z.string(), index: z.number().int() })),
  }),
  /** Rows that went with the removed person (database cascades), written back on undo. */
  dropped: z.object({
    dismissals: z.array(Row),
    merges: z.array(Row),
  }),
})
export type MergeRecord = z.infer<typeof MergeRecord>
