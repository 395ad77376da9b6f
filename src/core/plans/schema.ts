import { z } from 'zod'
import {
  QuestionText,
  QuestionTopic,
  Specificity,
  TextProblem,
  TiaraLetter,
} from '../questions/schema.ts'
import { Id, Instant, Markdown, patchOf, savedEdit, Text } from '../shared/schema.ts'

export const planItemStates = ['planned', 'asked', 'skipped'] as const
export const PlanItemState = z.enum(planItemStates)
export type PlanItemState = z.infer<typeof PlanItemState>

/**
 * The client's clock at the moment of an edit. Autosave replays edits late
 * and out of order; a field keeps the edit with the latest such time.
 */
export const EditedAt = z.iso
  .datetime({ offset: true, message: 'use an ISO instant such as 2026-03-02T09:14:03.120Z' })
  .describe(
    'When the edit was made, on the client: an older edit never overwrites a newer one (last writer wins per field)',
  )

/** The tags of a planned question: the TIARA letter and specificity are its bank question's. */
const plannedTags = {
  topic: QuestionTopic,
  tiara: TiaraLetter.nullable(),
  specificity: Specificity.nullable(),
}

export const PlanItem = z.object({
  id: Text,
  conversationId: Text,
  questionId: Text.nullable().describe('The bank question, when it came from the bank'),
  text: Text.describe('The question as planned (kept when the bank question changes)'),
  ...plannedTags,
  position: z.number().int(),
  state: PlanItemState,
  answer: Text.describe('What they said (Markdown)'),
  askedAt: Instant.nullable(),
  problems: z.array(TextProblem).describe('The etiquette guard’s findings on the question'),
  updatedAt: Instant,
})
export type PlanItem = z.infer<typeof PlanItem>

export const planWarningCodes = ['below-min', 'above-max', 'too-many'] as const
export const PlanWarning = z.object({
  code: z.enum(planWarningCodes),
  message: Text,
})
export type PlanWarning = z.infer<typeof PlanWarning>

export const Plan = z.object({
  conversationId: Text,
  durationMinutes: z.number().int().describe('The promised length of the conversation'),
  items: z.array(PlanItem),
  counts: z.object({
    total: z.number().int(),
    planned: z.number().int(),
    asked: z.number().int(),
    skipped: z.number().int(),
  }),
  recommended: z.object({
    min: z.number().int(),
    max: z.number().int(),
    warnAbove: z.number().int(),
  }),
  warnings: z.array(PlanWarning),
})
export type Plan = z.infer<typeof Plan>

export const PlanItemAdd = z
  .strictObject({
    questionId: Id.optional().describe('A question of the bank'),
    text: QuestionText.optional().describe('Or a new question'),
    topic: QuestionTopic.optional().describe('The topic of a new question (required with text)'),
    saveToBank: z
      .boolean()
      .optional()
      .describe(
        "Keep a new question in the bank as a question of the conversation's career (default true)",
      ),
  })
  .superRefine((value, issue) => {
    if (!value.questionId && !value.text) {
      issue.addIssue({ code: 'custom', path: ['text'], message: 'give a bank question or a text' })
    }
    if (value.questionId && value.text) {
      issue.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'give either a bank question or a text, not both',
      })
    }
    if (value.text && !value.topic) {
      issue.addIssue({
        code: 'custom',
        path: ['topic'],
        message: 'choose the topic of the new question',
      })
    }
  })
export type PlanItemAdd = z.input<typeof PlanItemAdd>

export const PlanAdd = z.strictObject({
  items: z.array(PlanItemAdd).min(1, 'add at least one question').max(100),
  position: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Where to insert them (0 = first); default at the end'),
})
export type PlanAdd = z.input<typeof PlanAdd>

export const PlanOrder = z.strictObject({
  order: z.array(Id).max(500).describe('Every item id of the plan, in the new order'),
})
export type PlanOrder = z.input<typeof PlanOrder>

export const PlanItemPatch = patchOf({
  state: PlanItemState,
  answer: Markdown,
  text: QuestionText,
  topic: QuestionTopic,
  position: z.number().int().min(0).describe('Move it to this place (0 = first)'),
  updatedAt: EditedAt,
})
export type PlanItemPatch = z.input<typeof PlanItemPatch>

export const PlanItemSaved = savedEdit(PlanItem)
export type PlanItemSaved = z.infer<typeof PlanItemSaved>

export const suggestionReasons = ['carried-over', 'reflection', 'gap', 'career', 'bank'] as const
export const SuggestionReason = z.enum(suggestionReasons)
export type SuggestionReason = z.infer<typeof SuggestionReason>

export const Suggestion = z.object({
  questionId: Text.nullable(),
  text: Text,
  ...plannedTags,
  reason: SuggestionReason,
  because: Text.describe('Why it is suggested, in a sentence'),
  fromConversationId: Text.nullable().describe(
    'The earlier conversation it carries over from, or whose reflection raised it',
  ),
  problems: z.array(TextProblem),
})
export type Suggestion = z.infer<typeof Suggestion>

export const SuggestInput = z.strictObject({
  count: z
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .describe('How many to suggest; default: up to the recommended most'),
  apply: z.boolean().optional().describe('Add the suggestions to the plan at once'),
})
export type SuggestInput = z.input<typeof SuggestInput>

export const SuggestAnswer = z.object({
  suggestions: z.array(Suggestion),
  plan: Plan.describe('The plan (with the suggestions added when `apply` was true)'),
})
export type SuggestAnswer = z.infer<typeof SuggestAnswer>
