import { Button, Drawer, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'

interface ReferralCaptureProps {
  opened: boolean
  referrer: string
  onClose: () => void
  onCapture: (referral: { name: string; organization?: string; note?: string }) => void
}

/** "Who else should I talk to?" — a name (and where they work), kept as a person referred by this one. */
export function ReferralCapture({ opened, referrer, onClose, onCapture }: ReferralCaptureProps) {
  const [name, setName] = useState('')
  const [organization, setOrganization] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setError('Write the name of the person they suggested')
      return
    }
    onCapture({
      name: name.trim(),
      organization: organization.trim() || undefined,
      note: note.trim() || undefined,
    })
    setName('')
    setOrganization('')
    setNote('')
    setError(null)
    onClose()
  }
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      size="auto"
      title="Who else should I talk to?"
    >
      <form onSubmit={submit}>
        <Stack gap="sm" pb="md">
          <TextInput
            label="Name"
            description={`Added as a person referred by ${referrer}`}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            data-autofocus
            size="md"
            required
          />
          <TextInput
            label="Organization"
            value={organization}
            onChange={(event) => setOrganization(event.currentTarget.value)}
            size="md"
          />
          <TextInput
            label="Why talk to them"
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            size="md"
          />
          <Button type="submit" size="lg">
            Add {name.trim() || 'them'}
          </Button>
        </Stack>
      </form>
    </Drawer>
  )
}
