import { z } from 'zod'
import { Person } from '../people/schema.ts'
import { Id, Instant, Text } from '../shared/schema.ts'

/** `POST /api/people/{id}/merge`: the person `{id}` keeps, `otherId` goes into them. */
export const MergeRequest = z.strictObject({
  otherId: Id.describe('The person merged into `{id}` and then removed'),
  dryRun: z.boolean().default(false).describe('true: the preview only, nothing is written'),
})
export type MergeRequest = z.input<typeof MergeRequest>

export const fieldOutcomes = [
  'same',
  'kept',
  'taken',
  'combined',
  'to-notes',
  'to-profiles',
] as const

/** What one field of the kept person becomes. */
export const MergeField = z.object({
  field: Text.describe('The field of a person: `title`, `emails`, …'),
  label: Text.describe('The field in words: "Title", "Email"'),
  kept: Text.describe("The kept person's value, as text ('' when empty)"),
  other: Text.describe("The other person's value, as text"),
  result: Text.describe('What the kept person holds after the merge'),
  outcome: z
    .enum(fieldOutcomes)
    .describe(
      "same: both held it; kept: the kept one's value, the other had none; taken: the other's value, the kept one had none; combined: a list holding both; to-notes: both differ, the kept one's value stays and the other's goes to the notes; to-profiles: the other LinkedIn profile becomes an other profile",
    ),
})
export type MergeField = z.infer<typeof MergeField>

/** How many records move from the other person to the kept one. */
export const MergeMoves = z.object({
  conversations: z.number().int(),
  messages: z.number().int().describe('Drafts and sent messages, referral asks among them'),
  mailFindings: z.number().int(),
  referredPeople: z.number().int().describe('People the other one referred you to'),
  reflectionMentions: z
    .number()
    .int()
    .describe("Reflections' next people that were the other person"),
})
export type MergeMoves = z.infer<typeof MergeMoves>

export const MergeOutcome = z.object({
  dryRun: z.boolean(),
  kept: Person.describe('The kept person, before'),
  other: Person.describe('The person merged into them, before'),
  fields: z.array(MergeField),
  moves: MergeMoves,
  notesAdded: Text.describe("What the merge adds to the kept person's notes ('' for nothing)"),
  mergeId: Text.nullable().describe('The merge record, to undo it; null on a dry run'),
  person: Person.nullable().describe('The kept person after the merge; null on a dry run'),
})
export type MergeOutcome = z.infer<typeof MergeOutcome>

/** One merge that was done, newest first; only the newest can be undone. */
export const MergeSummary = z.object({
  id: Text,
  keptPersonId: Text,
  keptName: Text,
  removedPersonId: Text,
  removedName: Text,
  createdAt: Instant,
  undoable: z.boolean().describe('The last merge: `POST /api/people/merges/{id}/undo` undoes it'),
})
export type MergeSummary = z.infer<typeof MergeSummary>

export const MergeList = z.object({ items: z.array(MergeSummary) })
export type MergeList = z.infer<typeof MergeList>

export const UndoOutcome = z.object({
  kept: Person.describe('The kept person, as before the merge'),
  restored: Person.describe('The person the merge had removed, back'),
  notes: z
    .array(Text)
    .describe(
      'What could not come back as it was, because it changed since (a deleted organization …)',
    ),
})
export type UndoOutcome = z.infer<typeof UndoOutcome>
