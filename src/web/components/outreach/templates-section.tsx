import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { StoredTemplate } from '../../../core/outreach/schema.ts'
import { useResetTemplate, useSaveTemplate, useTemplates } from '../../api/outreach-settings.ts'
import { ApiError } from '../../api/request.ts'

/**
 * The explorer's own message templates, one per kind (two for the first
 * email): every draft of that kind starts from here. "Reset" goes back to
 * our text.
 */
export function TemplatesSection() {
  const templates = useTemplates()
  const [key, setKey] = useState<string>('outreach-connection')
  const list = templates.data?.templates ?? []
  const current = list.find((t) => t.key === key) ?? list[0]
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label="Message templates">
      <Title order={2} fz="md" mb={4}>
        Message templates
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Drafts start from these. {'{Variables}'} are filled in from the person, the organization,
        the career and the conversation; the rest stays in braces for you to write.
      </Text>
      <Select
        label="Template"
        data={list.map((t) => ({
          value: t.key,
          label: t.isDefault ? t.label : `${t.label} (yours)`,
        }))}
        value={current?.key ?? null}
        onChange={(value) => value && setKey(value)}
        allowDeselect={false}
        maw={420}
        mb="sm"
      />
      {current ? (
        <TemplateForm
          key={`${current.key}:${current.subject}:${current.body}`}
          template={current}
          variables={(templates.data?.variables ?? []).map((v) => v.name)}
        />
      ) : null}
    </Paper>
  )
}

function TemplateForm({ template, variables }: { template: StoredTemplate; variables: string[] }) {
  const [subject, setSubject] = useState(template.subject)
  const [body, setBody] = useState(template.body)
  const save = useSaveTemplate()
  const reset = useResetTemplate()
  const issues = save.error instanceof ApiError ? save.error.issues : []
  const dirty = subject !== template.subject || body !== template.body
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(
          { key: template.key, template: { subject, body } },
          { onSuccess: () => notifications.show({ color: 'teal', message: 'Template saved.' }) },
        )
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Subject"
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={issues.find((i) => i.path === 'subject')?.message}
        />
        <Textarea
          label="Text"
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          autosize
          minRows={8}
          error={issues.find((i) => i.path === 'body')?.message}
        />
        <Text size="xs" c="dimmed">
          Variables: {variables.map((v) => `{${v}}`).join(' ')}
        </Text>
        {save.error && issues.length === 0 ? <Alert color="red">{save.error.message}</Alert> : null}
        <Group justify="space-between">
          {template.isDefault ? (
            <Badge variant="light" color="gray">
              our text
            </Badge>
          ) : (
            <Button
              variant="subtle"
              onClick={() => reset.mutate(template.key)}
              loading={reset.isPending}
            >
              Reset to our text
            </Button>
          )}
          <Button type="submit" disabled={!dirty} loading={save.isPending}>
            Save your version
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
