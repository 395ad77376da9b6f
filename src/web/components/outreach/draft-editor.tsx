import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { useLint, useUpdateDraft } from '../../api/messages.ts'
import { useSettings } from '../../api/settings.ts'
import { HighlightedText, ProblemList } from './lint-highlight.tsx'

interface DraftEditorProps {
  message: Message
  /** Tells the page whether what is on screen differs from what is saved. */
  onDirtyChange: (dirty: boolean) => void
}

/**
 * The draft's address, subject and text, with the lint as the explorer
 * types (debounced, from the server's rules and the explorer's settings)
 * and the offending words marked in a preview built from text spans.
 */
export function DraftEditor({ message, onDirtyChange }: DraftEditorProps) {
  const [to, setTo] = useState(message.to ?? '')
  const [subject, setSubject] = useState(message.subject)
  const [body, setBody] = useState(message.body)
  const update = useUpdateDraft()
  const settings = useSettings()
  const [typed] = useDebouncedValue({ subject, body }, 350)
  const lint = useLint({ kind: message.kind, text: typed.body, subject: typed.subject })
  const dirty = to !== (message.to ?? '') || subject !== message.subject || body !== message.body
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])
  const save = () =>
    update.mutate({ id: message.id, patch: { to: to.trim() || null, subject, body } })
  const result = lint.data ?? { ...message.lint.body, text: message.body }
  const subjectProblems = lint.data?.subject?.problems ?? message.lint.subject.problems
  const stale = typed.body !== body || lint.isFetching
  const unfilled = [...body.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] ?? '')
  return (
    <Stack gap="md">
      <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label="The draft">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="To"
              type="email"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              placeholder="name@example.org"
              error={update.error?.message.includes('to:') ? update.error.message : undefined}
            />
            <TextInput
              label="Subject"
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              error={
                subjectProblems.length > 0
                  ? subjectProblems.map((p) => p.message).join(' ')
                  : undefined
              }
            />
            <Textarea
              label="Message"
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={10}
              maxRows={30}
              styles={{ input: { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.55 } }}
            />
            <Group justify="space-between" gap="sm">
              <Text size="sm" c={dirty ? 'orange' : 'dimmed'} aria-live="polite">
                {dirty ? 'Unsaved changes' : 'Saved'}
              </Text>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={update.isPending}
                disabled={!dirty}
              >
                Save draft
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label="Lint">
        <Group justify="space-between" mb="xs">
          <Title order={2} fz="md">
            Checked against the rules
          </Title>
          {stale ? (
            <Text size="xs" c="dimmed">
              checking…
            </Text>
          ) : null}
        </Group>
        <Stack gap="sm">
          <ProblemList
            text={result.text}
            problems={result.problems}
            words={result.words}
            maxWords={
              message.kind === 'outreach' ? settings.data?.settings.outreachMaxWords : undefined
            }
          />
          {unfilled.length > 0 ? (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="sm">
                Still to write yourself: {[...new Set(unfilled)].map((v) => `{${v}}`).join(', ')}
              </Text>
            </Alert>
          ) : null}
          {result.problems.some((p) => p.end - p.start < result.text.length) ? (
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed" mb={6}>
                Where they are
              </Text>
              <HighlightedText text={result.text} problems={result.problems} />
            </Paper>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  )
}
