import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError } from '../errors.ts'
import { storedEnum } from '../shared/schema.ts'
import { parseInput } from '../validate.ts'
import { deleteSmtpAccountRow, selectSmtpAccount, upsertSmtpAccountRow } from './repo.ts'
import { type SmtpSettings, SmtpSettingsInput, smtpSecurities } from './schema.ts'
import { decryptSecret, encryptSecret, storedPasswordKey } from './secret-key.ts'

/**
 * The explorer's SMTP account. The password is stored only encrypted
 * (AES-256-GCM, see secret-key.ts), decrypted only to send, and never
 * returned: the API says `passwordSet: true`.
 */

/** The account with its password, for the sender only. */
export interface SmtpAccount extends SmtpSettings {
  password: string | null
}

/**
 * The SMTP settings, without the password; null when none are set.
 *
 * @example (await getSmtpSettings(ctx))?.passwordSet // true
 */
export async function getSmtpSettings(ctx: Ctx): Promise<SmtpSettings | null> {
  const row = await selectSmtpAccount(ctx)
  if (!row) return null
  return {
    host: row.host,
    port: row.port,
    security: storedEnum(smtpSecurities, row.security, 'starttls'),
    username: row.username,
    passwordSet: row.password_encrypted !== null,
    fromName: row.from_name,
    fromAddress: row.from_address,
    updatedAt: row.updated_at,
  }
}

/** Saves the SMTP settings; a password left out keeps the stored one, null removes it. */
export async function saveSmtpSettings(ctx: Ctx, input: unknown): Promise<SmtpSettings> {
  const data = parseInput(SmtpSettingsInput, input)
  // One transaction, so a delete at the same moment comes before or after it, not between.
  return inTransaction(ctx, async (tx) => {
    const current = await selectSmtpAccount(tx)
    const password_encrypted =
      data.password === undefined
        ? (current?.password_encrypted ?? null)
        : data.password === null || data.password === ''
          ? null
          : encryptSecret(storedPasswordKey(tx), data.password)
    await upsertSmtpAccountRow(tx, {
      owner_id: tx.ownerId,
      host: data.host,
      port: data.port,
      security: data.security,
      username: data.username ?? '',
      password_encrypted,
      from_name: data.fromName ?? '',
      from_address: data.fromAddress,
      updated_at: tx.now().toISOString(),
    })
    const saved = await getSmtpSettings(tx)
    if (!saved) throw new Error('the SMTP settings were not saved')
    return saved
  })
}

export async function deleteSmtpSettings(ctx: Ctx): Promise<void> {
  await deleteSmtpAccountRow(ctx)
}

/** The account with its decrypted password, or a clear error when there is none. */
export async function smtpAccount(ctx: Ctx): Promise<SmtpAccount> {
  const [settings, row] = await Promise.all([getSmtpSettings(ctx), selectSmtpAccount(ctx)])
  if (!settings || !row) {
    throw new ConflictError(
      'no SMTP settings yet: add your mail server in Settings (coffeechat smtp set), or send it yourself with copy, mailto or .eml',
    )
  }
  return {
    ...settings,
    password: row.password_encrypted
      ? decryptSecret(storedPasswordKey(ctx), row.password_encrypted)
      : null,
  }
}
