import { Group, PasswordInput, type PasswordInputProps, Text } from '@mantine/core'
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react'

/** The shortest password the server takes (the shared schema says the same). */
export const minPasswordLength = 10

/**
 * The 10-character rule under a new-password field, updated as one types:
 * how many characters are still missing, then a check mark.
 */
export function PasswordRule({ value }: { value: string }) {
  const missing = Math.max(0, minPasswordLength - value.length)
  const met = missing === 0
  return (
    <Group component="span" gap={4} wrap="nowrap" c={met ? 'teal.8' : 'dimmed'}>
      {met ? (
        <IconCircleCheck size={14} stroke={1.8} aria-hidden />
      ) : (
        <IconCircleDashed size={14} stroke={1.8} aria-hidden />
      )}
      <Text component="span" size="xs" c="inherit">
        {met
          ? `At least ${minPasswordLength} characters: done`
          : value
            ? `At least ${minPasswordLength} characters (${missing} more to go)`
            : `At least ${minPasswordLength} characters`}
      </Text>
    </Group>
  )
}

/** The confirmation's check: the same password typed twice, or a sentence saying what to do. */
export function confirmError(password: string, confirm: string): string | null {
  if (!confirm) return 'type the new password a second time'
  return confirm === password ? null : 'the two passwords differ; type the same one twice'
}

/**
 * A field for a new password with the rule right under it, updated as one
 * types (and named by the field as its description, for screen readers).
 *
 * @example <NewPasswordInput label="New password" {...form.getInputProps('password')} />
 */
export function NewPasswordInput(props: PasswordInputProps) {
  return (
    <PasswordInput
      autoComplete="new-password"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={<PasswordRule value={typeof props.value === 'string' ? props.value : ''} />}
      {...props}
    />
  )
}

/**
 * A new password and the same again: the password (`name`, with the rule
 * under it) and `confirm`, named `label` and "`label`, again".
 *
 * @example <NewPasswordFields form={form} label="Password" />
 */
export function NewPasswordFields({
  form,
  label,
  name = 'password',
}: {
  /** The Mantine form holding both values. */
  form: { getInputProps: (path: string) => PasswordInputProps }
  label: string
  name?: string
}) {
  return (
    <>
      <NewPasswordInput label={label} {...form.getInputProps(name)} />
      <PasswordInput
        label={`${label}, again`}
        autoComplete="new-password"
        {...form.getInputProps('confirm')}
      />
    </>
  )
}
