import { Button, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface ConfirmDeleteProps {
  /** What is deleted, e.g. "Ada Lovelace". */
  name: string
  /** What else goes with it, said plainly. */
  consequence?: ReactNode
  onConfirm: () => void
  pending?: boolean
  /** The server will refuse: say why, and offer no Delete button. */
  blocked?: boolean
}

/** A delete button that asks first and says what else will go. */
export function ConfirmDelete({
  name,
  consequence,
  onConfirm,
  pending,
  blocked,
}: ConfirmDeleteProps) {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
        Delete
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={blocked ? `${name} cannot be deleted yet` : `Delete ${name}?`}
        centered
      >
        <Text size="sm">{consequence ?? 'This cannot be undone.'}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} data-autofocus>
            {blocked ? 'Close' : 'Keep it'}
          </Button>
          {blocked ? null : (
            <Button
              color="red"
              loading={pending}
              onClick={() => {
                onConfirm()
                close()
              }}
            >
              Delete
            </Button>
          )}
        </Group>
      </Modal>
    </>
  )
}
