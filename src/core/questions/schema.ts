import { z } from 'zod'
import { Id, Instant, Paging, patchOf, recordStamps, Text } from '../shared/schema.ts'
import { questionTopics, specificities, tiaraLetters } from './topics.ts'

export const QuestionTopic = z.enum(questionTopics).describe('What the question is about')
export const TiaraLetter = z
  .enum(tiaraLetters)
  .describe('TIARA: trends, insights, advice, resources, assignments')
export const Specificity = z.enum(specificities).describe('General (any career) or specific')

/** How the bank files a question. */
export const questionTags = { topic: QuestionTopic, tiara: TiaraLetter, specificity: Specificity }

export const questionOrigins = ['seed', 'explorer', 'reflection'] as const
export const QuestionOrigin = z.enum(questionOrigins)
export type QuestionOrigin = z.infer<typeof QuestionOrigin>

/** One etiquette problem found in a text: the phrase (by offsets) and what to do instead. */
export const TextProblem = z.object({
  rule: Text,
  message: Text,
  start: z.number().int(),
  end: z.number().int(),
  text: Text.describe('The flagged phrase'),
})
export type TextProblem = z.infer<typeof TextProblem>

export const QuestionText = Text.trim()
  .min(3, 'write the question (at least 3 characters)')
  .max(1000, 'keep a question under 1,000 characters')

const rating = z
  .number()
  .int()
  .min(1, 'rate from 1 to 5')
  .max(5, 'rate from 1 to 5')
  .nullable()
  .describe('How good the question turned out, 1–5')

export const QuestionCreate = z.strictObject({
  text: QuestionText,
  topic: QuestionTopic,
  tiara: TiaraLetter.optional().describe('Default: insights'),
  specificity: Specificity.optional().describe(
    'Default: specific for a career’s question, else general',
  ),
  careerId: Id.nullable().optional().describe('Make it a question of this career'),
  origin: z
    .enum(['explorer', 'reflection'])
    .optional()
    .describe('Who raised it: the explorer (default) or a reflection'),
  raisedInConversationId: Id.nullable()
    .optional()
    .describe('The conversation whose reflection raised it'),
  rating: rating.optional(),
})
export type QuestionCreate = z.input<typeof QuestionCreate>

export const QuestionPatch = patchOf({
  text: QuestionText,
  ...questionTags,
  careerId: Id.nullable(),
  rating,
  retired: z.boolean().describe('Retired questions are kept but never suggested'),
})
export type QuestionPatch = z.input<typeof QuestionPatch>

export const Question = z.object({
  id: Text,
  text: Text,
  ...questionTags,
  careerId: Text.nullable(),
  career: Text.nullable().describe("The career's name"),
  origin: QuestionOrigin,
  seedKey: Text.nullable(),
  raisedInConversationId: Text.nullable(),
  rating: z.number().int().nullable(),
  retired: z.boolean(),
  retiredAt: Instant.nullable(),
  askedCount: z.number().int().describe('In how many conversations it was asked'),
  problems: z.array(TextProblem).describe('The etiquette guard’s findings; empty when fine'),
  ...recordStamps,
})
export type Question = z.infer<typeof Question>

export const QuestionListQuery = Paging.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  topic: QuestionTopic.optional(),
  tiara: TiaraLetter.optional(),
  specificity: Specificity.optional(),
  careerId: Id.optional().describe('Only the questions of this career'),
  general: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only general-bank questions (no career); false: only career questions'),
  origin: QuestionOrigin.optional(),
  retired: z
    .enum(['false', 'true', 'all'])
    .default('false')
    .describe('false (default): in use; true: retired only; all: both'),
  q: Text.max(200).optional().describe('Words in the question, accents and case ignored'),
})
export type QuestionListQuery = z.input<typeof QuestionListQuery>
