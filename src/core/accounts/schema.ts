import { z } from 'zod'
import { Text } from '../shared/schema.ts'

export const Email = Text.trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not an email address such as ada@example.org')

export const Password = Text.min(10, 'use at least 10 characters').max(
  200,
  'use at most 200 characters',
)

export const Credentials = z.strictObject({ email: Email, password: Text.min(1).max(200) })
export type Credentials = z.input<typeof Credentials>

export const SignUp = z.strictObject({
  email: Email,
  password: Password,
  invitation: Text.min(10).max(200).optional().describe('The token from an invitation link'),
})

export const PasswordChange = z.strictObject({
  currentPassword: Text.min(1).max(200),
  newPassword: Password,
})

export const ResetRequest = z.strictObject({ email: Email })
export const PasswordReset = z.strictObject({ token: Text.min(10).max(200), newPassword: Password })
export const AccountDeletion = z.strictObject({ password: Text.min(1).max(200) })

export const accountRoles = ['admin', 'member'] as const
export const signUpModes = ['open', 'invitation'] as const
export const SignUpMode = z.enum(signUpModes)
export type SignUpMode = z.infer<typeof SignUpMode>

export const Me = z.object({
  id: Text,
  email: Text,
  role: z.enum(accountRoles),
  createdAt: Text,
})
export type Me = z.infer<typeof Me>

/** What the administrator sees of an account: counts, never notes. */
export const AccountSummary = Me.extend({
  lastSignInAt: Text.nullable(),
  disabled: z.boolean(),
  counts: z.object({
    careers: z.number().int(),
    organizations: z.number().int(),
    people: z.number().int(),
    conversations: z.number().int(),
  }),
})
export type AccountSummary = z.infer<typeof AccountSummary>

export const Invitation = z.strictObject({ email: Email })
