import { OpenAPIHono } from '@hono/zod-openapi'
import {
  ReferralAsk,
  ReferralAskCreate,
  ReferralAskDrafted,
} from '../../core/referral-asks/schema.ts'
import { draftReferralAsk, referralAskFor } from '../../core/referral-asks/service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, optionalJsonBody } from '../openapi.ts'
import { IdParam } from './params.ts'
import { idRoutes } from './route-factories.ts'

const person = idRoutes(['People'], IdParam, { missing: answer('No such person', ErrorBody) })

/**
 * Asking someone met for referrals ("who else should I talk to?"), under
 * `/people/{id}/referral-ask`: the advice, and the draft that asks.
 */
export const referralAskRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...person.route(
      'get',
      '/{id}/referral-ask',
      {
        summary: 'Whether to ask this person for referrals now (advice, not a lock)',
        description:
          "For their latest met or thanked conversation: advised from `referralAskAfterDays` after it (in the explorer's time zone) and only of boosters. `advice` is null until you have met them.",
        ok: answer('The advice and why', ReferralAsk),
      },
      referralAskFor,
    ),
  )
  .openapi(
    ...person.routeWithBody(
      'post',
      '/{id}/referral-ask',
      optionalJsonBody(ReferralAskCreate),
      {
        summary: 'Draft a check-in asking who else to talk to',
        description:
          'When the advice cautions against asking now (too soon, not a booster), `reason` is needed to go ahead; it is kept with the draft as `message.overrideReason` and comes back as `referralAsk.advice.overriddenBecause`.',
        ok: answer('The draft, and the advice it was written under', ReferralAskDrafted),
        status: 201,
        more: {
          400: answer('Cautioned and no `reason` given, or a reason too long', ErrorBody),
          409: answer('Not met yet: nothing to ask about', ErrorBody),
        },
      },
      draftReferralAsk,
    ),
  )
