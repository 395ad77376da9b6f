import { ForbiddenError } from '../errors.ts'
import { selectInstanceSetting } from './repo/instance-settings.ts'
import { insertInvitation, selectInvitation, updateInvitationAccepted } from './repo/invitations.ts'
import { type SignUpMode, signUpModes } from './schema.ts'
import { hashToken, newToken } from './secrets.ts'
import type { InstanceCtx } from './sessions.ts'

const HOUR = 60 * 60 * 1000

/** Who may sign up here: anyone (`open`, the default) or only the invited (`invitation`). */
export async function getSignUpMode(ctx: InstanceCtx): Promise<SignUpMode> {
  const value = await selectInstanceSetting(ctx, 'signUpMode')
  return signUpModes.find((m) => m === value) ?? 'open'
}

/**
 * Makes an invitation for `email`, valid 14 days, and returns the token for
 * its link; whether `invitedBy` may invite is the caller's to check.
 */
export async function createInvitation(
  ctx: InstanceCtx,
  invitedBy: string,
  email: string,
): Promise<string> {
  const { token, tokenHash } = newToken()
  await insertInvitation(ctx, {
    token_hash: tokenHash,
    email: email.trim().toLowerCase(),
    invited_by: invitedBy,
    created_at: ctx.now().toISOString(),
    expires_at: new Date(ctx.now().getTime() + 14 * 24 * HOUR).toISOString(),
    accepted_at: null,
  })
  return token
}

/**
 * Uses up the invitation `token` for a sign-up by `email` (in the sign-up's
 * transaction); refuses a missing, used, expired or someone else's invitation.
 */
export async function acceptInvitation(
  tx: InstanceCtx,
  email: string,
  token: string | undefined,
): Promise<void> {
  const invitation = token ? await selectInvitation(tx, hashToken(token)) : undefined
  const usable =
    invitation &&
    !invitation.accepted_at &&
    invitation.email === email &&
    invitation.expires_at > tx.now().toISOString()
  if (!usable)
    throw new ForbiddenError(
      'sign-up here is by invitation; use the link from your invitation email',
    )
  await updateInvitationAccepted(tx, invitation.token_hash, tx.now().toISOString())
}
