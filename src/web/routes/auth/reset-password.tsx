import { Anchor, Button, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useResetPassword } from '../../components/auth/api.ts'
import { AuthFrame } from '../../components/auth/auth-frame.tsx'
import { BackToSignIn, FormError } from '../../components/auth/form-bits.tsx'
import {
  confirmError,
  minPasswordLength,
  NewPasswordFields,
} from '../../components/auth/password-rule.tsx'

/** The page of an emailed reset link (`/reset-password?token=…`): a new password, twice. */
export function ResetPasswordPage() {
  const [search] = useSearchParams()
  const token = search.get('token') ?? ''
  const reset = useResetPassword()
  const navigate = useNavigate()
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) =>
        value.length >= minPasswordLength ? null : `use at least ${minPasswordLength} characters`,
      confirm: (value, values) => confirmError(values.password, value),
    },
  })
  return (
    <AuthFrame
      title="Choose a new password"
      description="Every device signed in to your account will be signed out."
      footer={() => <BackToSignIn />}
    >
      {() =>
        token ? (
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              reset.mutate(
                { token, newPassword: values.password },
                {
                  onSuccess: () => void navigate('/signin?done=password-reset', { replace: true }),
                },
              ),
            )}
          >
            <Stack gap="md">
              <FormError error={reset.error} />
              {reset.isError ? (
                <Text size="sm">
                  <Anchor component={Link} to="/forgot-password" size="sm">
                    Ask for a new link
                  </Anchor>
                </Text>
              ) : null}
              <NewPasswordFields form={form} label="New password" />
              <Button type="submit" loading={reset.isPending} mt={4}>
                Save the new password
              </Button>
            </Stack>
          </form>
        ) : (
          <Stack gap="sm">
            <Text>This link is incomplete: it has no reset code.</Text>
            <Text size="sm" c="dimmed">
              Open the whole link from the email, or{' '}
              <Anchor component={Link} to="/forgot-password" size="sm">
                ask for a new one
              </Anchor>
              .
            </Text>
          </Stack>
        )
      }
    </AuthFrame>
  )
}
