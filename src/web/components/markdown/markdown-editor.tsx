import { Input, Paper, Tabs, Text, Textarea } from '@mantine/core'
import { useId } from 'react'
import { MarkdownView } from './markdown-view.tsx'

interface MarkdownEditorProps {
  label: string
  description?: string
  value?: string
  onChange: (value: string) => void
  error?: React.ReactNode
  placeholder?: string
}

/** A Markdown textarea with a preview tab. */
export function MarkdownEditor({
  label,
  description,
  value = '',
  onChange,
  error,
  placeholder,
}: MarkdownEditorProps) {
  const id = useId()
  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      labelProps={{ htmlFor: id }}
    >
      <Tabs defaultValue="write" variant="outline" mt={6} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            id={id}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            autosize
            minRows={5}
            maxRows={20}
            placeholder={placeholder}
            error={Boolean(error)}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Markdown works: **bold**, *italic*, - lists, [links](https://…)
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper p="md" mih={120}>
            <MarkdownView source={value} empty="Nothing to preview yet." />
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  )
}
