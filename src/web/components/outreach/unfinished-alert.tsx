import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { type RefObject, useState } from 'react'
import { Link } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { useFillDraft } from '../../api/messages.ts'
import { useSettings, useUpdateSettings } from '../../api/settings.ts'
import { paths } from '../records/paths.ts'

/** The draft's fields, for "Go to {takeaway}". */
export interface DraftFieldRefs {
  subject: RefObject<HTMLInputElement | null>
  body: RefObject<HTMLTextAreaElement | null>
}

/**
 * Why a draft cannot go out yet: the `{variables}` still in it, each with
 * the way to fill it — the explorer's name from the settings (set here or
 * there, then signed in one step), anything else in the field itself.
 */
export function UnfinishedAlert({
  message,
  fields,
  saving,
  onFilled,
}: {
  message: Message
  fields: DraftFieldRefs
  /** Edits are on their way: signing waits for them, so nothing typed is overwritten. */
  saving: boolean
  onFilled: (filled: Message) => void
}) {
  const names = message.mailto.blockedBy
  const others = names.filter((n) => n !== '{myName}')
  return (
    <Alert
      color="orange"
      title="Not ready to send"
      icon={<IconAlertTriangle size={18} />}
      data-testid="unfinished"
    >
      <Stack gap="xs">
        <Text size="sm">
          {names.join(', ')} {names.length === 1 ? 'is' : 'are'} still in the draft and would reach{' '}
          {message.person} as written. The ways out wait until{' '}
          {names.length === 1 ? 'it is' : 'they are'} filled in.
        </Text>
        {names.includes('{myName}') ? (
          <SignIt message={message} saving={saving} onFilled={onFilled} />
        ) : null}
        {others.length > 0 ? (
          <Group gap="xs">
            {others.map((name) => (
              <Button
                key={name}
                size="xs"
                variant="light"
                color="orange"
                onClick={() => goTo(fields, name)}
              >
                Go to {name}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Alert>
  )
}

/** {myName}: the name from the settings, asked for here when there is none yet. */
function SignIt({
  message,
  saving,
  onFilled,
}: {
  message: Message
  saving: boolean
  onFilled: (m: Message) => void
}) {
  const settings = useSettings()
  const update = useUpdateSettings()
  const fill = useFillDraft()
  const known = settings.data?.settings.explorerName ?? ''
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  // Promises, not mutate callbacks: once signed, this part of the page goes away before they would run.
  const sign = () =>
    fill
      .mutateAsync(message.id)
      .then(onFilled)
      .catch(() => undefined)
  if (known) {
    return (
      <Group gap="xs">
        <Button size="xs" color="orange" onClick={sign} loading={fill.isPending} disabled={saving}>
          Sign it as {known}
        </Button>
      </Group>
    )
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (!name.trim()) {
          setError('Write the name you sign with.')
          return
        }
        update
          .mutateAsync({ explorerName: name.trim() })
          .then(sign)
          .catch(() => undefined)
      }}
      noValidate
    >
      <Stack gap={6}>
        <Text size="sm">
          {'{myName}'} is your name, which coffeechat has not been told yet. Set it once and every
          draft is signed with it.
        </Text>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            size="xs"
            aria-label="Your name, as you sign"
            placeholder="Your name, as you sign"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 12rem' }}
          />
          <Button
            type="submit"
            size="xs"
            color="orange"
            loading={update.isPending || fill.isPending}
          >
            Save and sign
          </Button>
        </Group>
        <Anchor component={Link} to={`${paths.settings}#setting-explorerName`} size="xs">
          or set it in Settings (Your name)
        </Anchor>
      </Stack>
    </form>
  )
}

/** Puts the cursor on the variable, selected, in the field that holds it. */
function goTo(fields: DraftFieldRefs, name: string): void {
  const body = fields.body.current
  const subject = fields.subject.current
  const target = body?.value.includes(name) ? body : subject?.value.includes(name) ? subject : null
  if (!target) return
  const start = target.value.indexOf(name)
  target.focus()
  target.setSelectionRange(start, start + name.length)
  target.scrollIntoView({ block: 'center', behavior: 'smooth' })
}
