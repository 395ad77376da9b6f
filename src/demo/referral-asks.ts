import type { Ctx } from '../core/context.ts'
import { resolvePerson } from '../core/people/service.ts'
import { draftReferralAsk } from '../core/referral-asks/service.ts'

/**
 * A referral ask against the advice: Ingrid answered the first email after
 * eight days (an obligate), so asking her who else to talk to is advised
 * against; Mira asks anyway, and the check-in draft keeps her reason, shown
 * on the draft's page. Runs after the outreach, which makes Ingrid an obligate.
 *
 * @example await generateReferralAsks(ctx)
 */
export async function generateReferralAsks(ctx: Ctx): Promise<void> {
  const ingrid = await resolvePerson(ctx, 'Ingrid Halvorsen')
  await draftReferralAsk(ctx, ingrid.id, {
    reason: 'At the end of our call she offered to name two colleagues in applied research.',
  })
}
