import { Anchor, TextInput, type TextInputProps } from '@mantine/core'
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Email } from '../../../core/accounts/schema.ts'
import { ApiError } from '../../api/request.ts'
import { Notice } from '../feedback/notice.tsx'

/** The server's sentence when a form was refused, read out by screen readers as it appears. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null
  return (
    <Notice
      color="red"
      icon={IconAlertCircle}
      role="alert"
      styles={{ message: { fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      {sentence(error)}
    </Notice>
  )
}

/** A calm confirmation at the top of a form (signed out, password changed). */
export function FormNotice({ children }: { children: ReactNode }) {
  return (
    <Notice color="teal" icon={IconCircleCheck} role="status">
      {children}
    </Notice>
  )
}

/**
 * An error's sentence, capitalised for display: the failing fields' own
 * messages when the server named some, else its sentence.
 *
 * @example sentence(new ApiError(401, 'the email or the password is not right')) // 'The email or the password is not right.'
 */
export function sentence(error: unknown): string {
  const issues = error instanceof ApiError ? error.issues.map((issue) => issue.message) : []
  const text =
    issues.length > 0
      ? issues.join('; ')
      : error instanceof Error && error.message
        ? error.message
        : 'something went wrong'
  const capital = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/** The email field's check, with the shared schema's sentence. */
export function emailError(value: string): string | null {
  if (!value.trim()) return 'type your email address'
  const result = Email.safeParse(value)
  return result.success ? null : (result.error.issues[0]?.message ?? 'not an email address')
}

/** `path` with `?next=…` when there is somewhere to go back to. */
export function withNext(path: string, next: string): string {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`
}

/** The footer link of the pages a signed-out explorer reaches from sign-in. */
export function BackToSignIn() {
  return (
    <Anchor component={Link} to="/signin" size="sm">
      Back to sign in
    </Anchor>
  )
}

/** The email field of the sign-in, sign-up and reset forms: the email keyboard, filled by the browser. */
export function EmailInput({
  autoComplete = 'email',
  ...props
}: Omit<TextInputProps, 'label' | 'type' | 'inputMode'>) {
  return (
    <TextInput
      label="Email"
      type="email"
      autoComplete={autoComplete}
      inputMode="email"
      {...props}
    />
  )
}
