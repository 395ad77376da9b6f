import { z } from 'zod'
import { CareerStatus, Coverage } from '../careers/schema.ts'
import { ConversationStatus, ofConversation } from '../conversations/schema.ts'
import { PersonRef } from '../people/schema.ts'
import { PayEntry } from '../reflections/schema.ts'
import { Id, Ref, Text } from '../shared/schema.ts'

export { Coverage }

export const CareerHeading = z.object({
  ...Ref.shape,
  status: CareerStatus,
  dropped: z.boolean().describe('Dropped careers keep their history and stay comparable'),
  hypothesis: Text,
  /** Names from the root career down to the parent. */
  path: z.array(Text),
  depth: z.number().int(),
  focusAreas: z.array(z.object({ id: Text, name: Text, status: CareerStatus })),
})
export type CareerHeading = z.infer<typeof CareerHeading>

export const BoardConversation = z.object({
  id: Text,
  personId: Text,
  person: Text,
  organizationId: Text.nullable(),
  organization: Text.nullable(),
  status: ConversationStatus,
  /** When it happened or is planned: the meeting's start, else the scheduled time. */
  date: Text.nullable(),
  careers: z.array(Text),
  held: z
    .boolean()
    .describe('Met or thanked: spoken with, so it counts for coverage and fills a grid column'),
  fitRating: z.number().int().nullable(),
  reflection: z.enum(['none', 'started', 'completed']),
})
export type BoardConversation = z.infer<typeof BoardConversation>

/** A column of the grid: someone met in this career. */
export const BoardPerson = PersonRef.extend({ conversationIds: z.array(Text) })
export type BoardPerson = z.infer<typeof BoardPerson>

export const answerSources = ['answer', 'dayToDay', 'training', 'pros', 'cons', 'pay'] as const
export const BoardAnswer = z.object({
  text: Text,
  conversationId: Text,
  from: z.enum(answerSources).describe('A plan answer, or the reflection field it came from'),
})
export type BoardAnswer = z.infer<typeof BoardAnswer>

export const GridRow = z.object({
  /** `topic:<key>` or `question:<id or folded text>`. */
  key: Text,
  kind: z.enum(['topic', 'question']),
  topic: Text,
  label: Text,
  core: z.boolean(),
  /** How many people gave an answer here (for a topic: to any of its questions or reflection fields). */
  sources: z.number().int(),
  singleSource: z.boolean().describe('Answered by one person only: one data point'),
  /** One cell per column (`people`), in the same order. */
  cells: z.array(z.object({ personId: Text, answers: z.array(BoardAnswer) })),
})
export type GridRow = z.infer<typeof GridRow>

/** A core topic of the grid that no one has spoken to yet. */
export const Gap = z.object({ topic: Text, label: Text })

/** The training or education one person said the work needs (their reflection's `training`). */
export const TrainingNote = z.object({ person: Text, conversationId: Text, text: Text })

export const CountedStatement = z.object({
  text: Text,
  count: z.number().int().describe('How many people said it'),
  people: z.array(Text),
})
export type CountedStatement = z.infer<typeof CountedStatement>

export const BoardPayEntry = PayEntry.extend({ ...ofConversation, date: Text.nullable() })
export type BoardPayEntry = z.infer<typeof BoardPayEntry>

export const PayRange = z.object({
  currency: Text,
  /** Lowest and highest yearly figure among the entries that normalize. */
  yearlyLow: z.number().nullable(),
  yearlyHigh: z.number().nullable(),
  entries: z.number().int(),
  /** Entries per day or hour, shown but kept out of the yearly range. */
  notNormalized: z.number().int(),
})
export type PayRange = z.infer<typeof PayRange>

export const fitDirections = ['rising', 'falling', 'steady'] as const
export const FitTrend = z.object({
  points: z.array(
    z.object({
      conversationId: Text,
      person: Text,
      date: Text.nullable(),
      rating: z.number().int(),
    }),
  ),
  count: z.number().int(),
  mean: z.number().nullable(),
  /** Least-squares slope per conversation, in rating points. */
  slope: z.number().nullable(),
  firstToLast: z.number().nullable(),
  direction: z.enum(fitDirections).nullable().describe('Null with fewer than two ratings'),
})
export type FitTrend = z.infer<typeof FitTrend>

export const CareerBoard = z.object({
  career: CareerHeading,
  conversations: z.array(BoardConversation),
  people: z.array(BoardPerson),
  grid: z.array(GridRow),
  gaps: z.array(Gap),
  pros: z.array(CountedStatement),
  cons: z.array(CountedStatement),
  pay: z.object({ entries: z.array(BoardPayEntry), ranges: z.array(PayRange) }),
  fit: FitTrend,
  training: z.array(TrainingNote),
  coverage: Coverage,
})
export type CareerBoard = z.infer<typeof CareerBoard>

export const CareerComparison = z.object({
  career: CareerHeading,
  conversations: z.number().int().describe('Conversations held'),
  upcoming: z.number().int().describe('Conversations scheduled'),
  people: z.number().int(),
  organizations: z.number().int(),
  fit: FitTrend.omit({ points: true }),
  pay: z.array(PayRange),
  pros: z.array(CountedStatement),
  cons: z.array(CountedStatement),
  training: z.array(TrainingNote),
  gaps: z.array(Gap),
  coverage: Coverage,
})
export type CareerComparison = z.infer<typeof CareerComparison>

export const CompareQuery = z.strictObject({
  ids: z
    .array(Id)
    .max(50)
    .optional()
    .describe('Only these careers (with their focus areas counted in); all when absent'),
  top: z.coerce.number().int().min(1).max(20).default(3).describe('Pros and cons to show'),
})
export type CompareQuery = z.input<typeof CompareQuery>

export const NarrowInput = z.strictObject({
  name: Text.trim().min(1, 'name the focus area').max(200),
  hypothesis: Text.max(5000).optional(),
  personIds: z.array(Id).max(500).default([]).describe('People to move to the focus area'),
  questionIds: z.array(Id).max(500).default([]).describe('Questions to move to the focus area'),
})
export type NarrowInput = z.input<typeof NarrowInput>

export const NarrowResult = z.object({
  focusArea: z.object({ id: Text, name: Text, created: z.boolean() }),
  movedPeople: z.array(Text),
  movedQuestions: z.array(Text),
})
export type NarrowResult = z.infer<typeof NarrowResult>

export const SuggestedQuestion = z.object({
  id: Text,
  text: Text,
  topic: Text,
  specificity: Text,
  origin: Text,
  careerId: Text,
})
export type SuggestedQuestion = z.infer<typeof SuggestedQuestion>

export const NextSuggestion = z.object({
  careerId: Text,
  career: Text,
  gaps: z.array(Gap),
  questions: z.array(SuggestedQuestion).describe('Specific questions of the career not asked yet'),
  coverage: Coverage,
  belowCoverage: z.boolean(),
  /** The suggestions in a sentence each, for the agenda. */
  hints: z.array(Text),
})
export type NextSuggestion = z.infer<typeof NextSuggestion>
