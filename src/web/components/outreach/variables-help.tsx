import { Code, Stack, Text } from '@mantine/core'
import { useTemplates } from '../../api/outreach-settings.ts'

/** Every {variable} a template may use, with what it holds. */
export function VariablesHelp() {
  const templates = useTemplates()
  const variables = templates.data?.variables ?? []
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        Drafts start from your templates; these are filled in from the person, the organization, the
        career and the conversation. What coffeechat cannot know stays in braces for you to write.
      </Text>
      {variables.map((v) => (
        <Text key={v.name} size="sm">
          <Code>{`{${v.name}}`}</Code> {v.help}
        </Text>
      ))}
    </Stack>
  )
}
