import { createHash, randomBytes } from 'node:crypto'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { insertConfirmation, takeConfirmation } from './repo.ts'

/** How long a confirmation may wait for the explorer's yes. */
export const CONFIRMATION_MINUTES = 10

const TOKEN_START = 'ccc_'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url')

/** JSON with the keys of every object sorted, so equal arguments give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** What a confirmation is for: one tool, its exact arguments, and the state it previewed. */
export interface ConfirmationSubject {
  tool: string
  args: unknown
  preview: unknown
}

/** `<hash of tool and arguments>.<hash of the preview>`, so a refusal can say which differs. */
const bindingOf = (subject: ConfirmationSubject) =>
  `${sha256(canonical({ tool: subject.tool, args: subject.args }))}.${sha256(canonical(subject.preview))}`

/**
 * A one-time token that lets the same tool apply the same change, for this
 * explorer, within CONFIRMATION_MINUTES. Only its hash is kept.
 *
 * @example const { confirmation } = await issueConfirmation(ctx, { tool: 'delete_draft', args, preview })
 */
export async function issueConfirmation(
  ctx: Ctx,
  subject: ConfirmationSubject,
): Promise<{ confirmation: string; expiresAt: string }> {
  const confirmation = `${TOKEN_START}${randomBytes(24).toString('base64url')}`
  const now = ctx.now()
  const expiresAt = new Date(now.getTime() + CONFIRMATION_MINUTES * 60_000).toISOString()
  await insertConfirmation(ctx, {
    token_hash: sha256(confirmation),
    account_id: ctx.ownerId,
    tool: subject.tool,
    binding: bindingOf(subject),
    created_at: now.toISOString(),
    expires_at: expiresAt,
  })
  return { confirmation, expiresAt }
}

/**
 * Uses up a confirmation, or refuses it with a 400 on `confirmation` that
 * says why: unknown (or another account's, or used), expired, for another
 * tool, for other arguments, or the record changed since its preview. A
 * refused token is used up too: ask for a new preview.
 */
export async function spendConfirmation(
  ctx: Ctx,
  confirmation: string,
  subject: ConfirmationSubject,
): Promise<void> {
  const row = await takeConfirmation(ctx, sha256(confirmation))
  const again = `call ${subject.tool} without confirmation for a new preview`
  if (!row)
    throw invalid('confirmation', `this confirmation is not valid (or was used already); ${again}`)
  if (row.expires_at <= ctx.now().toISOString())
    throw invalid(
      'confirmation',
      `this confirmation expired (they last ${CONFIRMATION_MINUTES} minutes); ${again}`,
    )
  if (row.tool !== subject.tool)
    throw invalid('confirmation', `this confirmation is for ${row.tool}, not ${subject.tool}`)
  const [args, preview] = bindingOf(subject).split('.')
  const [givenArgs, givenPreview] = row.binding.split('.')
  if (givenArgs !== args)
    throw invalid('confirmation', `this confirmation was given for other arguments; ${again}`)
  if (givenPreview !== preview)
    throw invalid('confirmation', `the record changed since this confirmation's preview; ${again}`)
}
