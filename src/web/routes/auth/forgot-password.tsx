import { Anchor, Button, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useRequestReset } from '../../components/auth/api.ts'
import { AuthFrame } from '../../components/auth/auth-frame.tsx'
import {
  BackToSignIn,
  EmailInput,
  emailError,
  FormError,
  FormNotice,
} from '../../components/auth/form-bits.tsx'

/**
 * Asks for a reset link. The answer is the same whether or not the email
 * has an account, so the page never tells who is signed up.
 */
export function ForgotPasswordPage() {
  const requestReset = useRequestReset()
  const form = useForm({ initialValues: { email: '' }, validate: { email: emailError } })
  return (
    <AuthFrame
      title="Forgot your password?"
      description="Type your email and we will send you a link to choose a new password."
      footer={() => <BackToSignIn />}
    >
      {() =>
        requestReset.isSuccess ? (
          <Stack gap="sm">
            <FormNotice>
              If an account exists for {requestReset.variables}, a link is on its way.
            </FormNotice>
            <Text size="sm" c="dimmed">
              The link works once, within an hour. Nothing arrived after a few minutes? Look in the
              spam folder, or{' '}
              <Anchor component="button" type="button" size="sm" onClick={requestReset.reset}>
                try another email
              </Anchor>
              .
            </Text>
          </Stack>
        ) : (
          <form noValidate onSubmit={form.onSubmit((values) => requestReset.mutate(values.email))}>
            <Stack gap="md">
              <FormError error={requestReset.error} />
              <EmailInput {...form.getInputProps('email')} />
              <Button type="submit" loading={requestReset.isPending}>
                Send me a link
              </Button>
            </Stack>
          </form>
        )
      }
    </AuthFrame>
  )
}
