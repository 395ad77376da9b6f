import { z } from 'zod'
import { ofConversation } from '../conversations/schema.ts'
import { EditedAt } from '../plans/schema.ts'
import { Id, Instant, patchOf, Text } from '../shared/schema.ts'

export const payPeriods = ['year', 'month', 'week', 'day', 'hour'] as const
export const PayPeriod = z.enum(payPeriods).describe('What the amounts are paid per')
export type PayPeriod = z.infer<typeof PayPeriod>

// Intl knows the ISO 4217 codes in use; a few historical ones it lacks are not worth accepting.
const currencies = new Set(Intl.supportedValuesOf('currency'))

const amount = z
  .number()
  .int('use whole amounts, without cents')
  .min(0, 'an amount cannot be negative')
  .max(100_000_000, 'that amount is too large to be pay')

/** One line of the pay ledger, as typed: at least one of low and high. */
export const PayEntryInput = z
  .strictObject({
    low: amount.nullable().optional(),
    high: amount.nullable().optional(),
    currency: Text.trim()
      .toUpperCase()
      .refine((code) => currencies.has(code), 'use an ISO 4217 currency code such as EUR or USD'),
    period: PayPeriod.default('year'),
    level: Text.trim().max(200).default('').describe('Seniority: junior, senior, PhD entry…'),
    location: Text.trim().max(200).default(''),
    year: z
      .number()
      .int()
      .min(1990, 'use a year between 1990 and 2100')
      .max(2100, 'use a year between 1990 and 2100')
      .nullable()
      .optional()
      .describe('The year the figure applies to'),
    note: Text.trim().max(1000).default(''),
    careerId: Id.nullable()
      .optional()
      .describe("The career it is about; the conversation's own by default"),
  })
  .superRefine((entry, context) => {
    if (entry.low == null && entry.high == null) {
      context.addIssue({ code: 'custom', path: ['low'], message: 'give a low or a high amount' })
    }
    if (entry.low != null && entry.high != null && entry.low > entry.high) {
      context.addIssue({
        code: 'custom',
        path: ['high'],
        message: `the high amount (${entry.high}) is below the low one (${entry.low})`,
      })
    }
  })
export type PayEntryInput = z.input<typeof PayEntryInput>

/** Someone to meet next, as heard; `personId` once created as a person. */
export const NextPersonInput = z.strictObject({
  name: Text.trim().min(1, 'give a name or a description').max(200),
  note: Text.trim().max(1000).default(''),
  personId: Id.nullable().optional(),
})

const shortList = z
  .array(Text.trim().min(1, 'leave out empty lines').max(500))
  .max(100, 'keep it under 100 lines')
const text = Text.max(20_000)

/**
 * An autosave-friendly change: every field optional, lists replaced whole.
 * `questions` are the new questions for next time; saving the same list again
 * changes nothing. `completed` marks the reflection done (or reopens it).
 */
export const ReflectionPatch = patchOf({
  takeaways: text,
  surprises: text,
  aha: text,
  pros: shortList.describe('What they like about the work'),
  cons: shortList.describe('What they dislike about the work'),
  dayToDay: text.describe('The day-to-day picture'),
  training: text.describe('Training or education needed'),
  fitRating: z
    .number()
    .int('a whole number from 1 to 5')
    .min(1, 'rate from 1 to 5')
    .max(5, 'rate from 1 to 5')
    .nullable()
    .describe('How much would I enjoy this day to day? 1–5'),
  hypothesisChange: text.describe('How the hypothesis changed'),
  pay: z
    .array(PayEntryInput)
    .max(50)
    .describe('Pay heard; replaces the whole ledger of this conversation'),
  questions: z
    .array(Text.trim().min(3, 'write the question (at least 3 characters)').max(1000))
    .max(50)
    .describe("New questions for next time; each joins the conversation's careers"),
  nextPeople: z.array(NextPersonInput).max(50),
  completed: z.boolean().describe('Done (sets completedAt), or reopened'),
  updatedAt: EditedAt,
})
export type ReflectionPatch = z.input<typeof ReflectionPatch>

export const PayEntry = z.object({
  id: Text,
  low: z.number().nullable(),
  high: z.number().nullable(),
  currency: Text,
  period: PayPeriod,
  level: Text,
  location: Text,
  year: z.number().nullable(),
  note: Text,
  careerId: Text.nullable(),
  /** The amounts per year when the period allows it (year, month, week); null otherwise. */
  yearlyLow: z.number().nullable(),
  yearlyHigh: z.number().nullable(),
})
export type PayEntry = z.infer<typeof PayEntry>

export const NextPerson = z.object({
  name: Text,
  note: Text,
  personId: Text.nullable(),
})
export type NextPerson = z.infer<typeof NextPerson>

/** A question for next time; one bank question per career of the conversation. */
export const RaisedQuestion = z.object({
  text: Text,
  topic: Text,
  questionIds: z.array(Text),
  careerIds: z.array(Text),
})
export type RaisedQuestion = z.infer<typeof RaisedQuestion>

export const Reflection = z.object({
  ...ofConversation,
  /** False until something was saved; the fields are then empty. */
  exists: z.boolean(),
  takeaways: Text,
  surprises: Text,
  aha: Text,
  pros: z.array(Text),
  cons: z.array(Text),
  dayToDay: Text,
  training: Text,
  fitRating: z.number().int().nullable(),
  hypothesisChange: Text,
  pay: z.array(PayEntry),
  questions: z.array(RaisedQuestion),
  nextPeople: z.array(NextPerson),
  completedAt: Instant.nullable(),
  /** Due the day of the meeting, by the `reflectionDeadline` setting; null when not yet met. */
  dueBy: Instant.nullable(),
  overdue: z.boolean(),
  createdAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
})
export type Reflection = z.infer<typeof Reflection>

/** Which suggested next person to create, by position in `nextPeople`. */
export const CreateNextPerson = z.strictObject({
  index: z.number().int().min(0).max(49),
  organizationId: Id.nullable().optional(),
})
export type CreateNextPerson = z.input<typeof CreateNextPerson>

/** What the meeting captured, beside the reflection: the answers, and what to carry over. */
export const MeetingHeard = z.object({
  answers: z
    .array(z.object({ question: z.string(), answer: z.string() }))
    .describe('Every question with an answer, in the order of the plan'),
  notes: z.string().describe('The free notes of the meeting'),
  pay: z
    .array(
      z.object({
        low: z.number(),
        high: z.number(),
        currency: z.string(),
        period: PayPeriod,
        text: z.string().describe('The words it was found in'),
        question: z.string().nullable().describe('The question it was the answer to; null: notes'),
      }),
    )
    .describe('Pay figures said in the meeting that the pay ledger does not hold yet'),
  referrals: z
    .array(
      z.object({
        personId: z.string(),
        name: z.string(),
        organization: z.string().nullable(),
      }),
    )
    .describe('People they referred you to who are not among the next people yet'),
})
export type MeetingHeard = z.infer<typeof MeetingHeard>
