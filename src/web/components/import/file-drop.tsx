import { Button, FileButton, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconFileUpload } from '@tabler/icons-react'
import { type DragEvent, useState } from 'react'

/** The files the import reads, for the file picker's filter. */
const accept = '.csv,.zip,.vcf,.vcard,.txt,text/csv,text/vcard,application/zip'

interface FileDropProps {
  onFile: (file: File) => void
  disabled?: boolean
}

/**
 * Where a contact file goes: dropped onto the area, or chosen with the
 * button (a real file input, so keyboards and screen readers can use it).
 */
export function FileDrop({ onFile, disabled = false }: FileDropProps) {
  const [over, setOver] = useState(false)
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onFile(file)
  }
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'xl' }}
      radius="md"
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="import-drop"
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconFileUpload size={26} />
        </ThemeIcon>
        <Text fw={600} ta="center">
          Drop your contact file here
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={420}>
          LinkedIn’s export (the .zip as it came, or Connections.csv), a vCard (.vcf), or a contacts
          CSV from Google, Outlook, Thunderbird or anywhere else (you say which column is which).
          Nothing is written until you confirm.
        </Text>
        <Group>
          <FileButton onChange={(file) => file && onFile(file)} accept={accept} disabled={disabled}>
            {(props) => (
              <Button {...props} disabled={disabled} leftSection={<IconFileUpload size={16} />}>
                Choose a file
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Paper>
  )
}
