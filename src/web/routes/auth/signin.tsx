import { Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { meKey, useSignIn } from '../../components/auth/api.ts'
import { AuthFrame } from '../../components/auth/auth-frame.tsx'
import {
  EmailInput,
  emailError,
  FormError,
  FormNotice,
  withNext,
} from '../../components/auth/form-bits.tsx'
import { forgetAccountData } from '../../components/auth/session.tsx'
import { safeNext } from '../../components/auth/sign-in-needed.ts'

/** What the page says after the explorer was sent here on purpose. */
const notices: Record<string, string> = {
  'signed-out': 'You are signed out. See you next time.',
  'password-reset': 'Your password is changed. Sign in with the new one.',
  'account-deleted': 'Your account and every record of it are deleted.',
}

/** Sign in with email and password; back to where the explorer was going. */
export function SignInPage() {
  const [search] = useSearchParams()
  const next = safeNext(search.get('next'))
  const notice = notices[search.get('done') ?? '']
  const signIn = useSignIn()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const form = useForm({
    initialValues: { email: search.get('email') ?? '', password: '' },
    validate: {
      email: emailError,
      password: (value) => (value ? null : 'type your password'),
    },
  })
  return (
    <AuthFrame
      title="Sign in"
      description={next === '/' ? 'Welcome back.' : 'Sign in to continue where you were going.'}
      footer={(signUpMode) =>
        signUpMode === 'open' ? (
          <Text size="sm" c="dimmed">
            New here?{' '}
            <Anchor component={Link} to={withNext('/signup', next)} size="sm">
              Create an account
            </Anchor>
          </Text>
        ) : (
          <Text size="sm" c="dimmed" ta="center">
            New accounts here are by invitation: use the link from your invitation email.
          </Text>
        )
      }
    >
      {() => (
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            signIn.mutate(values, {
              onSuccess: (me) => {
                // Nothing cached for whoever used this tab before may show to this account.
                forgetAccountData(queryClient)
                queryClient.setQueryData(meKey, me)
                void navigate(next, { replace: true })
              },
            }),
          )}
        >
          <Stack gap="md">
            {notice && !signIn.isError ? <FormNotice>{notice}</FormNotice> : null}
            <FormError error={signIn.error} />
            <EmailInput autoComplete="username" {...form.getInputProps('email')} />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              {...form.getInputProps('password')}
            />
            <Group justify="space-between" align="center" mt={4}>
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot your password?
              </Anchor>
              <Button type="submit" loading={signIn.isPending}>
                Sign in
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AuthFrame>
  )
}
