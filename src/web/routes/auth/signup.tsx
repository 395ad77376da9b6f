import { Anchor, Button, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { meKey, useSignUp } from '../../components/auth/api.ts'
import { AuthFrame } from '../../components/auth/auth-frame.tsx'
import { EmailInput, emailError, FormError, withNext } from '../../components/auth/form-bits.tsx'
import {
  confirmError,
  minPasswordLength,
  NewPasswordFields,
} from '../../components/auth/password-rule.tsx'
import { forgetAccountData } from '../../components/auth/session.tsx'
import { safeNext } from '../../components/auth/sign-in-needed.ts'

/**
 * Open an account: by itself when sign-up is open, or with the link of an
 * invitation (`/signup?invitation=…&email=…`), whose email is fixed.
 */
export function SignUpPage() {
  const [search] = useSearchParams()
  const next = safeNext(search.get('next'))
  const invitation = search.get('invitation') ?? undefined
  const invitedEmail = invitation ? (search.get('email') ?? '') : ''
  return (
    <AuthFrame
      title="Create your account"
      description={
        invitation
          ? 'You are invited. Choose a password to open your account.'
          : 'Your careers, people and conversations, private to you.'
      }
      footer={() => (
        <Text size="sm" c="dimmed">
          Already have an account?{' '}
          <Anchor component={Link} to={withNext('/signin', next)} size="sm">
            Sign in
          </Anchor>
        </Text>
      )}
    >
      {(signUpMode) =>
        signUpMode === 'invitation' && !invitation ? (
          <Stack gap="sm">
            <Text>Accounts here are opened by invitation only.</Text>
            <Text c="dimmed" size="sm">
              Ask your career centre for an invitation, then open the link in its email. If you
              already have an account, sign in instead.
            </Text>
          </Stack>
        ) : (
          <SignUpForm invitation={invitation} invitedEmail={invitedEmail} next={next} />
        )
      }
    </AuthFrame>
  )
}

function SignUpForm({
  invitation,
  invitedEmail,
  next,
}: {
  invitation: string | undefined
  invitedEmail: string
  next: string
}) {
  const signUp = useSignUp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const form = useForm({
    initialValues: { email: invitedEmail, password: '', confirm: '' },
    validate: {
      email: emailError,
      password: (value) =>
        value.length >= minPasswordLength ? null : `use at least ${minPasswordLength} characters`,
      confirm: (value, values) => confirmError(values.password, value),
    },
  })
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        signUp.mutate(
          { email: values.email, password: values.password, invitation },
          {
            onSuccess: (me) => {
              forgetAccountData(queryClient)
              queryClient.setQueryData(meKey, me)
              void navigate(next, { replace: true })
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        <FormError error={signUp.error} />
        <EmailInput
          readOnly={Boolean(invitation && invitedEmail)}
          description={
            invitation && invitedEmail ? 'Your invitation is for this email address.' : undefined
          }
          {...form.getInputProps('email')}
        />
        <NewPasswordFields form={form} label="Password" />
        <Button type="submit" loading={signUp.isPending} mt={4}>
          Create account
        </Button>
      </Stack>
    </form>
  )
}
