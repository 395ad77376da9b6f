import type { Ctx } from '../context.ts'
import { getConversation } from '../conversations/service.ts'
import { ConflictError, invalid } from '../errors.ts'
import { personOutreach } from '../outreach/cadence-service.ts'
import { createDraft } from '../outreach/service.ts'
import { renderTemplate } from '../outreach/templates.ts'
import { draftValues } from '../outreach/variables.ts'
import { getPerson, greetingName } from '../people/service.ts'
import type { Responsiveness } from '../rules/cadence.ts'
import { referralAskAdvice } from '../rules/deadlines.ts'
import { meetingAtOf } from '../rules/held-time.ts'
import { compareInstants, localDate } from '../rules/local-time.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { parseInput } from '../validate.ts'
import { referralAskText } from './ask-text.ts'
import { type HeldConversationRow, selectHeldConversations } from './repo.ts'
import {
  type ReferralAsk,
  type ReferralAskAdvice,
  ReferralAskCreate,
  type ReferralAskDrafted,
} from './schema.ts'

/**
 * Whether to ask a person for referrals now: the advice for their latest
 * met or thanked conversation, at `ctx.now()`, in the explorer's zone,
 * with `referralAskAfterDays` from the settings. A non-empty `reason`
 * overrides the cautions.
 *
 * @example (await referralAskFor(ctx, amara.id)).advice?.cautions.map((c) => c.code) // ['too-soon']
 */
export async function referralAskFor(
  ctx: Ctx,
  personId: string,
  reason?: string,
): Promise<ReferralAsk> {
  const person = await getPerson(ctx, personId)
  const [settings, outreach, held] = await Promise.all([
    getSettings(ctx),
    personOutreach(ctx, person.id),
    selectHeldConversations(ctx, person.id),
  ])
  const latest = latestMeeting(held)
  const responsiveness = outreach.responsiveness
  if (!latest) {
    return {
      personId: person.id,
      conversationId: null,
      metAt: null,
      responsiveness,
      advice: null,
      summary: `You have not met ${person.name} yet: ask who else to talk to from ${days(settings.referralAskAfterDays)} after the meeting, and only if they answer quickly (a booster).`,
    }
  }
  const zone = effectiveTimeZone(settings)
  const advice = referralAskAdvice({
    meetingStartsAt: latest.metAt,
    responsiveness,
    now: ctx.now().toISOString(),
    referralAskAfterDays: settings.referralAskAfterDays,
    zone,
    ...(reason === undefined ? {} : { overrideReason: reason }),
  })
  return {
    personId: person.id,
    conversationId: latest.id,
    metAt: latest.metAt,
    responsiveness,
    advice,
    summary: summaryOf(advice, {
      firstName: greetingName(person),
      metDay: localDate(latest.metAt, zone),
      responsiveness,
    }),
  }
}

/**
 * Whether the advice allows asking this person who else to talk to during a
 * conversation at `when` (a plan's question, say): only when an earlier
 * held conversation with them is `referralAskAfterDays` old by then and they
 * are a booster. Never at a first meeting.
 *
 * @example await referralAsksAdvisedAt(ctx, amara.id, '2026-03-20T10:00:00Z', conversationId) // false
 */
export async function referralAsksAdvisedAt(
  ctx: Ctx,
  personId: string,
  when: string,
  exceptConversationId: string,
): Promise<boolean> {
  const held = (await selectHeldConversations(ctx, personId)).filter(
    (c) => c.id !== exceptConversationId,
  )
  const latest = latestMeeting(held)
  if (!latest) return false
  const settings = await getSettings(ctx)
  const advice = (responsiveness: Responsiveness | null) =>
    referralAskAdvice({
      meetingStartsAt: latest.metAt,
      responsiveness,
      now: when,
      referralAskAfterDays: settings.referralAskAfterDays,
      zone: effectiveTimeZone(settings),
    }).ok
  // Too soon whoever they are: no need to read how they answer (that reads the messages).
  if (!advice('booster')) return false
  return advice((await personOutreach(ctx, personId)).responsiveness)
}

/**
 * Drafts the ask: a check-in to the person about their latest held
 * conversation, asking who else to talk to. When the advice cautions
 * against asking now, a `reason` is needed to go ahead; it is kept with the
 * draft (`message.overrideReason`) and comes back in
 * `referralAsk.advice.overriddenBecause`.
 *
 * @example (await draftReferralAsk(ctx, amara.id, { reason: 'she offered names' })).message.kind // 'check-in'
 */
export async function draftReferralAsk(
  ctx: Ctx,
  personId: string,
  input: unknown = {},
): Promise<ReferralAskDrafted> {
  const { reason } = parseInput(ReferralAskCreate, input)
  const referralAsk = await referralAskFor(ctx, personId, reason)
  const { advice, conversationId } = referralAsk
  if (!advice || !conversationId) {
    throw new ConflictError(
      `${referralAsk.summary} Mark the conversation met once you have talked.`,
    )
  }
  if (!advice.ok) {
    throw invalid(
      'reason',
      `${advice.cautions.map((c) => c.message).join(' ')} To ask anyway, say why (reason).`,
    )
  }
  const [person, conversation, settings] = await Promise.all([
    getPerson(ctx, personId),
    getConversation(ctx, conversationId),
    getSettings(ctx),
  ])
  const values = draftValues(person, conversation, settings)
  // Without a career on record, "our conversation" says enough.
  const body = values.career
    ? referralAskText.body
    : referralAskText.body.replace(' about {career}', '')
  const message = await createDraft(ctx, {
    kind: 'check-in',
    personId,
    conversationId,
    subject: renderTemplate(referralAskText.subject, values).text,
    body: renderTemplate(body, values).text,
    overrideReason: advice.overriddenBecause,
  })
  return { message, referralAsk }
}

/** The held conversation that started last, dated by its recorded start, else its schedule. */
function latestMeeting(held: readonly HeldConversationRow[]) {
  const dated = held.map((c) => ({
    id: c.id,
    // Marked met without a date: the moment it was marked is the best we know (never earlier).
    metAt: meetingAtOf(c) ?? c.status_changed_at,
  }))
  return dated.sort((a, b) => compareInstants(b.metAt, a.metAt) || b.id.localeCompare(a.id))[0]
}

function summaryOf(
  advice: ReferralAskAdvice,
  about: { firstName: string; metDay: string; responsiveness: Responsiveness | null },
): string {
  if (advice.cautions.length === 0) {
    return `A good time to ask ${about.firstName} who else to talk to: you met on ${about.metDay} and they answer quickly (a booster).`
  }
  const why = advice.cautions
    .map((c) =>
      c.code === 'too-soon'
        ? `too soon, wait until ${advice.advisedFrom}`
        : `not a booster (${about.responsiveness ?? 'no reply on record'})`,
    )
    .join('; ')
  if (advice.overriddenBecause) return `Asking anyway (${why}) because: ${advice.overriddenBecause}`
  return `Not advised yet: ${why}.`
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`
}
