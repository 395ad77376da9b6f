import { PgBoss } from 'pg-boss'
import type { InstanceCtx } from '../core/accounts/sessions.ts'
import { accountsDue, type DigestDelivery, sendDigest } from '../core/digests/service.ts'
import { selectConnectedMailboxes } from '../core/mail/repo.ts'
import { nextMailCheckIn, scheduledMailCheck } from '../core/mail/schedule.ts'

export interface JobOptions extends DigestDelivery {
  databaseUrl: string
  /** Local hour at which each explorer's digest goes out. */
  digestHour: number
}

export interface JobRunner {
  /** Queues the digests that are due now (what the hourly schedule runs). */
  fanOut: () => Promise<number>
  /** Queues a mail check for each connected mailbox that is due (what the schedule runs each minute). */
  fanOutMail: () => Promise<number>
  stop: () => Promise<void>
}

const FAN_OUT = 'digest-fan-out'
const DIGEST = 'digest'
const MAIL_FAN_OUT = 'mail-check-fan-out'
const MAIL_CHECK = 'mail-check'

/**
 * Scheduled work on pg-boss: every hour, one server (pg-boss's schedule fires
 * once across all of them) queues a digest job per account whose local hour
 * has come; the `digests` table's key makes each account's digest go out at
 * most once a day however many servers work the queue.
 */
export async function startJobs(options: JobOptions): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: 'coffeechat_jobs' })
  boss.on('error', (error: Error) => console.error(`[coffeechat] job queue: ${error.message}`))
  await boss.start()
  await boss.createQueue(FAN_OUT)
  await boss.createQueue(DIGEST)
  await boss.schedule(FAN_OUT, '0 * * * *')

  const fanOut = async (): Promise<number> => {
    const due = await accountsDue(options.instance, options.digestHour)
    for (const { accountId, day } of due) {
      await boss.send(
        DIGEST,
        { accountId, day },
        { singletonKey: `${accountId}:${day}`, retryLimit: 3 },
      )
    }
    return due.length
  }
  await boss.work(FAN_OUT, async () => {
    await fanOut()
  })
  await boss.work<{ accountId: string; day: string }>(
    DIGEST,
    { pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await sendDigest(options, job.data.accountId, job.data.day)
    },
  )

  // The mail check (issue 15): each minute one server queues a check per
  // connected mailbox whose `mailCheckEveryMinutes` have passed. The queue is
  // `exclusive` by account, so one mailbox is never read twice at once.
  await boss.createQueue(MAIL_FAN_OUT)
  await boss.createQueue(MAIL_CHECK, { policy: 'exclusive' })
  await boss.schedule(MAIL_FAN_OUT, '* * * * *')
  const fanOutMail = async (): Promise<number> => {
    const due = await mailboxesDue(options.instance)
    let queued = 0
    for (const accountId of due) {
      const id = await boss.send(
        MAIL_CHECK,
        { accountId },
        { singletonKey: accountId, retryLimit: 0, expireInSeconds: 900 },
      )
      if (id) queued += 1
    }
    return queued
  }
  await boss.work(MAIL_FAN_OUT, async () => {
    await fanOutMail()
  })
  await boss.work<{ accountId: string }>(
    MAIL_CHECK,
    { pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) {
        // A failure is recorded on the account (its last error), never thrown.
        await scheduledMailCheck({ ...options.instance, ownerId: job.data.accountId })
      }
    },
  )
  return { fanOut, fanOutMail, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) }
}

/** The enabled accounts with a connected mailbox whose next check is due now. */
export async function mailboxesDue(instance: InstanceCtx): Promise<string[]> {
  const due: string[] = []
  for (const ownerId of await selectConnectedMailboxes(instance)) {
    if ((await nextMailCheckIn({ ...instance, ownerId })) === 0) due.push(ownerId)
  }
  return due
}
