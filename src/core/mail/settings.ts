import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError, invalid } from '../errors.ts'
import { decryptSecret, encryptSecret, storedPasswordKey } from '../outreach/secret-key.ts'
import { storedEnum } from '../shared/schema.ts'
import { parseInput } from '../validate.ts'
import { deleteMailData, selectFindings, selectMailAccount, upsertMailAccount } from './repo.ts'
import { MailConnectInput, type MailStatus, mailSecurities } from './schema.ts'

/** The IMAP account with its decrypted password, for the check only. */
export interface MailAccount {
  host: string
  port: number
  security: (typeof mailSecurities)[number]
  username: string
  password: string
}

/**
 * Connects a mailbox: the password is stored encrypted as the SMTP one is.
 *
 * @example await connectMail(ctx, { host: 'imap.fastmail.com', username: 'ada@fastmail.com', password: 'app-password' })
 */
export async function connectMail(ctx: Ctx, input: unknown): Promise<MailStatus> {
  const data = parseInput(MailConnectInput, input)
  if (data.security === 'none' && !['127.0.0.1', 'localhost', '::1'].includes(data.host)) {
    throw invalid(
      'security',
      'without TLS the password would cross the network in the clear: use tls',
    )
  }
  // One transaction: the row written stays locked until the status is read,
  // so a disconnect at the same moment (another tab) waits instead of
  // leaving nothing to answer with.
  return inTransaction(ctx, async (tx) => {
    await upsertMailAccount(tx, {
      host: data.host,
      port: data.port,
      security: data.security,
      username: data.username,
      password_encrypted: encryptSecret(storedPasswordKey(tx), data.password),
      auto_confirm: data.autoConfirm ? 1 : 0,
      updated_at: tx.now().toISOString(),
    })
    const status = await mailStatus(tx)
    if (!status) throw new Error('the mail account was not saved')
    return status
  })
}

/** Where the mailbox stands; null when none is connected. */
export async function mailStatus(ctx: Ctx): Promise<MailStatus | null> {
  const row = await selectMailAccount(ctx)
  if (!row) return null
  const proposals = await selectFindings(ctx, { status: 'proposed' })
  return {
    host: row.host,
    port: row.port,
    security: storedEnum(mailSecurities, row.security, 'tls'),
    username: row.username,
    autoConfirm: row.auto_confirm === 1,
    checkedAt: row.checked_at,
    lastError: row.last_error,
    proposals: proposals.length,
  }
}

/** Disconnects: forgets the account, the password and everything found. */
export async function disconnectMail(ctx: Ctx): Promise<void> {
  await deleteMailData(ctx)
}

export async function mailAccount(ctx: Ctx): Promise<MailAccount> {
  const row = await selectMailAccount(ctx)
  if (!row?.password_encrypted) {
    throw new ConflictError(
      'no mailbox connected yet: coffeechat mail connect --host … --user … --password-stdin',
    )
  }
  return {
    host: row.host,
    port: row.port,
    security: storedEnum(mailSecurities, row.security, 'tls'),
    username: row.username,
    password: decryptSecret(storedPasswordKey(ctx), row.password_encrypted),
  }
}
