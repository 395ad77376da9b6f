import { Anchor, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { Ref } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { useLint } from '../../api/messages.ts'
import { useSettings } from '../../api/settings.ts'
import { SaveStatusBadge } from '../meeting/save-status.tsx'
import { ProblemList } from './lint-highlight.tsx'
import { LintTextarea } from './lint-textarea.tsx'
import type { useDraftAutosave } from './use-draft-autosave.ts'

interface DraftEditorProps {
  message: Message
  autosave: ReturnType<typeof useDraftAutosave>
  textareaRef: Ref<HTMLTextAreaElement>
  subjectRef: Ref<HTMLInputElement>
}

/**
 * The draft's address, subject and text, saved as the explorer types, with
 * the lint as they type (debounced, from the server's rules and the
 * explorer's settings) marked in the text itself.
 */
export function DraftEditor({ message, autosave, textareaRef, subjectRef }: DraftEditorProps) {
  const { fields, change, status, toError, refused } = autosave
  const settings = useSettings()
  const [typed] = useDebouncedValue({ subject: fields.subject, body: fields.body }, 350)
  const lint = useLint({ kind: message.kind, text: typed.body, subject: typed.subject })
  const result = lint.data ?? { ...message.lint.body, text: message.body }
  const subjectProblems = lint.data?.subject?.problems ?? message.lint.subject.problems
  const stale = typed.body !== fields.body || typed.subject !== fields.subject || lint.isFetching
  const summaryId = `lint-summary-${message.id}`
  return (
    <Stack gap="md">
      <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label="The draft">
        <Stack gap="sm">
          <TextInput
            label="To"
            type="email"
            value={fields.to}
            onChange={(event) => change('to', event.currentTarget.value)}
            placeholder="name@example.org"
            error={toError}
          />
          <TextInput
            label="Subject"
            ref={subjectRef}
            value={fields.subject}
            onChange={(event) => change('subject', event.currentTarget.value)}
            error={
              subjectProblems.length > 0
                ? subjectProblems.map((p) => p.message).join(' ')
                : undefined
            }
          />
          <LintTextarea
            label="Message"
            value={fields.body}
            onChange={(value) => change('body', value)}
            problems={result.problems}
            checkedText={result.text}
            textareaRef={textareaRef}
            describedBy={summaryId}
          />
          <Group justify="space-between" gap="sm">
            <SaveStatusBadge status={status} pending={0} />
            <Anchor href="#send-it" size="sm" hiddenFrom="md">
              Send it ↓
            </Anchor>
            {refused ? (
              <Text size="sm" c="red" role="alert">
                Not saved: {refused}
              </Text>
            ) : null}
          </Group>
        </Stack>
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
        <div id={summaryId}>
          <ProblemList
            text={result.text}
            problems={result.problems}
            subject={{ text: typed.subject, problems: subjectProblems }}
            words={result.words}
            maxWords={
              message.kind === 'outreach' ? settings.data?.settings.outreachMaxWords : undefined
            }
          />
        </div>
      </Paper>
    </Stack>
  )
}
