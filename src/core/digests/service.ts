import { DateTime } from 'luxon'
import type { InstanceCtx } from '../accounts/sessions.ts'
import type { Ctx } from '../context.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import {
  inDigestTransaction,
  insertDigestClaim,
  selectDigestAccountIds,
  selectDigestRecipient,
  updateDigestItems,
} from './repo.ts'

/** The morning digest of one explorer, or null when there is nothing to say. */
export type ComposeDigest = (
  ctx: Ctx,
) => Promise<{ subject: string; text: string; items: number } | null>

/** What sending a digest needs: the instance, a mailer and the composer. */
export interface DigestDelivery {
  instance: InstanceCtx
  sendMail: (message: { to: string; subject: string; text: string }) => Promise<void>
  composeDigest: ComposeDigest
}

/**
 * The enabled accounts whose local time has reached `hour` today, each with
 * that local day (the day its digest is for).
 */
export async function accountsDue(
  instance: InstanceCtx,
  hour: number,
): Promise<Array<{ accountId: string; day: string }>> {
  const due: Array<{ accountId: string; day: string }> = []
  for (const id of await selectDigestAccountIds(instance)) {
    const zone = effectiveTimeZone(await getSettings({ ...instance, ownerId: id }))
    const local = DateTime.fromJSDate(instance.now()).setZone(zone)
    if (local.hour >= hour) due.push({ accountId: id, day: local.toISODate() ?? '' })
  }
  return due
}

/**
 * Sends one account's digest for one day, once: the row is claimed in the
 * same transaction as the sending, so a failure leaves it to a retry and a
 * second server finds it taken.
 */
export async function sendDigest(
  delivery: DigestDelivery,
  accountId: string,
  day: string,
): Promise<boolean> {
  return inDigestTransaction(delivery.instance, async (tx) => {
    const claimed = await insertDigestClaim(tx, {
      account_id: accountId,
      day,
      sent_at: delivery.instance.now().toISOString(),
      items: 0,
    })
    if (!claimed) return false
    const account = await selectDigestRecipient(tx, accountId)
    if (!account?.email || account.disabled_at) return false
    const digest = await delivery.composeDigest({ ...tx, ownerId: accountId })
    if (!digest) return false
    await updateDigestItems(tx, accountId, day, digest.items)
    await delivery.sendMail({ to: account.email, subject: digest.subject, text: digest.text })
    return true
  })
}
