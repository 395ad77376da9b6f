import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconGitMerge } from '@tabler/icons-react'
import { useState } from 'react'
import { useDuplicates } from '../../api/merges.ts'
import { PersonSelect } from '../forms/record-selects.tsx'
import { MergeDialog } from './duplicates-merge-dialog.tsx'

/**
 * "Merge with…" on a person's page: pick the other person (their likely
 * duplicates first), then the side-by-side preview.
 */
export function MergeWith({ personId, name }: { personId: string; name: string }) {
  const [picking, picker] = useDisclosure(false)
  const [otherId, setOtherId] = useState<string | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const suggested = useDuplicates(personId)
  const likely = (suggested.data?.items ?? []).map((pair) =>
    pair.person.id === personId ? pair.other : pair.person,
  )
  const choose = (id: string) => {
    setOtherId(id)
    picker.close()
    setPreviewing(true)
  }
  return (
    <>
      <Button variant="default" leftSection={<IconGitMerge size={16} />} onClick={picker.open}>
        Merge with…
      </Button>
      <Modal
        opened={picking}
        onClose={picker.close}
        title={`Merge someone into ${name}`}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="md">
          {likely.length > 0 ? (
            <div>
              <Text size="sm" fw={600} mb={4}>
                Likely the same person
              </Text>
              <Group gap="xs">
                {likely.map((p) => (
                  <Button key={p.id} size="xs" variant="light" onClick={() => choose(p.id)}>
                    {p.organization ? `${p.name} (${p.organization})` : p.name}
                  </Button>
                ))}
              </Group>
            </div>
          ) : null}
          <PersonSelect
            label="Person to merge into this one"
            placeholder="Find someone by name"
            value={otherId}
            excludeId={personId}
            onChange={(id) => {
              if (id) choose(id)
            }}
          />
          <Text size="xs" c="dimmed">
            Next you see what each field becomes before anything changes.
          </Text>
        </Stack>
      </Modal>
      <MergeDialog
        opened={previewing}
        onClose={() => {
          setPreviewing(false)
          setOtherId(null)
        }}
        keptId={personId}
        otherId={otherId}
      />
    </>
  )
}
