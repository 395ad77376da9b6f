import { z } from 'zod'
import { Message, Responsiveness } from '../outreach/schema.ts'
import { Instant, Text } from '../shared/schema.ts'

/**
 * Asking someone met for the names of others to talk to ("who else should
 * I talk to?"), by email some time after the meeting. The advice follows
 * `referralAskAdvice` in `core/rules/deadlines.ts`: from `referralAskAfterDays`
 * after the meeting, and only of boosters; it is advice, overridden with a reason.
 */

export const referralCautionCodes = ['too-soon', 'not-a-booster'] as const

export const ReferralCaution = z.object({
  code: z.enum(referralCautionCodes),
  message: Text.describe('Why not now, in a sentence'),
})

export const ReferralAskAdvice = z.object({
  ok: z.boolean().describe('Nothing argues against asking, or the explorer gave a reason'),
  advisedFrom: Text.describe('The first local day (YYYY-MM-DD) on which asking is advised'),
  cautions: z.array(ReferralCaution),
  overriddenBecause: Text.nullable().describe('The reason to ask anyway, when given'),
})
export type ReferralAskAdvice = z.infer<typeof ReferralAskAdvice>

/** Where asking one person for referrals stands. */
export const ReferralAsk = z.object({
  personId: Text,
  conversationId: Text.nullable().describe(
    'Their latest met or thanked conversation; null until you have met them',
  ),
  metAt: Instant.nullable().describe(
    'When that conversation started: the meeting as recorded, else as scheduled',
  ),
  responsiveness: Responsiveness.nullable().describe('From the messages; null without a reply'),
  advice: ReferralAskAdvice.nullable().describe('Null until you have met them'),
  summary: Text.describe('The advice in a sentence'),
})
export type ReferralAsk = z.infer<typeof ReferralAsk>

export const ReferralAskCreate = z.strictObject({
  reason: Text.trim()
    .max(1000, 'keep the reason under 1,000 characters')
    .optional()
    .describe('Why you ask anyway; needed when the advice cautions against asking now'),
})
export type ReferralAskCreate = z.input<typeof ReferralAskCreate>

export const ReferralAskDrafted = z.object({
  message: Message.describe('A check-in draft asking who else to talk to'),
  referralAsk: ReferralAsk,
})
export type ReferralAskDrafted = z.infer<typeof ReferralAskDrafted>
