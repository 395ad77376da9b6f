import { ConflictError, ForbiddenError, invalid } from '../errors.ts'
import { toMe } from './hosted-accounts.ts'
import { createInvitation } from './invitations.ts'
import {
  countRecordsPerOwner,
  selectAccountRole,
  selectSignedUpAccounts,
  updateAccountDisabled,
} from './repo/accounts.ts'
import { upsertInstanceSetting } from './repo/instance-settings.ts'
import { type AccountSummary, type SignUpMode, signUpModes } from './schema.ts'
import { endAllSessions, type InstanceCtx } from './sessions.ts'

/** Sets who may sign up (see `getSignUpMode`); only the administrator may. */
export async function setSignUpMode(
  ctx: InstanceCtx,
  actingId: string,
  mode: unknown,
): Promise<SignUpMode> {
  await requireAdmin(ctx, actingId)
  const value = signUpModes.find((m) => m === mode)
  if (!value) throw invalid('signUpMode', `use ${signUpModes.join(' or ')}`)
  await upsertInstanceSetting(ctx, 'signUpMode', value)
  return value
}

/** Every account with counts of its records; never their content. */
export async function listAccounts(ctx: InstanceCtx, actingId: string): Promise<AccountSummary[]> {
  await requireAdmin(ctx, actingId)
  const accounts = await selectSignedUpAccounts(ctx)
  const [careers, organizations, people, conversations] = await Promise.all([
    countRecordsPerOwner(ctx, 'careers'),
    countRecordsPerOwner(ctx, 'organizations'),
    countRecordsPerOwner(ctx, 'people'),
    countRecordsPerOwner(ctx, 'conversations'),
  ])
  return accounts.map((a) => ({
    ...toMe(a),
    lastSignInAt: a.last_sign_in_at,
    disabled: a.disabled_at !== null,
    counts: {
      careers: careers.get(a.id) ?? 0,
      organizations: organizations.get(a.id) ?? 0,
      people: people.get(a.id) ?? 0,
      conversations: conversations.get(a.id) ?? 0,
    },
  }))
}

/** Invites someone by email; returns the token for the link (valid 14 days). */
export async function invite(ctx: InstanceCtx, actingId: string, email: string): Promise<string> {
  await requireAdmin(ctx, actingId)
  return createInvitation(ctx, actingId, email)
}

/** Disables an account (ending its sessions) or enables it again; not one's own. */
export async function setDisabled(
  ctx: InstanceCtx,
  actingId: string,
  accountId: string,
  disabled: boolean,
): Promise<void> {
  await requireAdmin(ctx, actingId)
  if (accountId === actingId) throw new ConflictError('you cannot disable your own account')
  const found = await updateAccountDisabled(
    ctx,
    accountId,
    disabled ? ctx.now().toISOString() : null,
  )
  if (!found) throw invalid('accountId', `no account with id ${accountId}`)
  if (disabled) await endAllSessions(ctx, accountId)
}

async function requireAdmin(ctx: InstanceCtx, accountId: string): Promise<void> {
  const role = await selectAccountRole(ctx, accountId)
  if (role !== 'admin') throw new ForbiddenError('only the administrator can do this')
}
