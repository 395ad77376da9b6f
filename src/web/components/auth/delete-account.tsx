import { Button, List, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { IconTrash } from '@tabler/icons-react'
import { ApiError } from '../../api/request.ts'
import { DialogActions } from '../forms/form-actions.tsx'
import { showServerIssues } from '../forms/validation.ts'
import { useDeleteAccount } from './api.ts'
import { FormError } from './form-bits.tsx'

/**
 * Deleting one's account: a plain warning of what goes (everything), then
 * the password in a dialog, so that a stray click or a borrowed browser
 * cannot do it.
 */
export function DeleteAccount({ email }: { email: string }) {
  const [opened, { open, close }] = useDisclosure(false)
  const remove = useDeleteAccount()
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : 'type your password to confirm') },
  })
  const dismiss = () => {
    close()
    form.reset()
    remove.reset()
  }
  return (
    <>
      <Button
        color="red"
        variant="outline"
        leftSection={<IconTrash size={16} />}
        onClick={open}
        style={{ alignSelf: 'flex-start' }}
      >
        Delete my account
      </Button>
      <Modal opened={opened} onClose={dismiss} title="Delete your account?" centered>
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            remove.mutate(values.password, {
              onError: (error) => showServerIssues(form, error, values),
            }),
          )}
        >
          <Stack gap="md">
            <Text size="sm">
              Every record of <strong>{email}</strong> is deleted from this server, for good:
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>careers, organizations and people</List.Item>
              <List.Item>conversations, notes, plans, answers and reflections</List.Item>
              <List.Item>questions, templates, messages and settings</List.Item>
            </List>
            <Text size="sm" fw={600}>
              There is no undo, and nobody can bring them back. Download your data first if you may
              want it.
            </Text>
            {remove.error &&
            !(remove.error instanceof ApiError && remove.error.issues.length > 0) ? (
              <FormError error={remove.error} />
            ) : null}
            <PasswordInput
              label="Your password"
              description="To confirm that it is you."
              autoComplete="current-password"
              data-autofocus
              {...form.getInputProps('password')}
            />
            <DialogActions cancel="Keep my account" onCancel={dismiss}>
              <Button type="submit" color="red" loading={remove.isPending}>
                Delete everything
              </Button>
            </DialogActions>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
