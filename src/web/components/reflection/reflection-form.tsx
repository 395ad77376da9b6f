import {
  Blockquote,
  Button,
  Group,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core'
import { IconCheck, IconLayoutBoard } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Reflection } from '../../../core/reflections/schema.ts'
import { Section } from '../records/section.tsx'
import type { DraftField, ReflectionDraft } from './draft.ts'
import { NextPeopleList } from './next-people.tsx'
import { PayLines } from './pay-lines.tsx'
import { QuestionList } from './question-list.tsx'

export interface CareerOfConversation {
  id: string
  name: string
  hypothesis: string
}

interface ReflectionFormProps {
  reflection: Reflection
  draft: ReflectionDraft
  errors: Record<string, string>
  careers: CareerOfConversation[]
  saved: boolean
  change: <F extends DraftField>(
    field: F,
    value: ReflectionDraft[F],
    options?: { now?: boolean },
  ) => void
  complete: (completed: boolean) => Promise<void>
  refresh: () => Promise<void>
  boardPath: (careerId: string) => string
}

const fitLabels = ['not for me', 'doubtful', 'could be', 'would enjoy it', 'would love it']

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
      {children}
    </Stack>
  )
}

/** The structured reflection, kept apart from the facts about the person. */
export function ReflectionForm({
  reflection,
  draft,
  errors,
  careers,
  saved,
  change,
  complete,
  refresh,
  boardPath,
}: ReflectionFormProps) {
  const text = (
    field: 'takeaways' | 'surprises' | 'aha' | 'dayToDay' | 'training' | 'hypothesisChange',
    label: string,
    placeholder: string,
  ) => (
    <Textarea
      label={label}
      placeholder={placeholder}
      autosize
      minRows={2}
      value={draft[field]}
      error={errors[field]}
      onChange={(e) => change(field, e.currentTarget.value)}
    />
  )
  const statements = (
    field: 'pros' | 'cons',
    label: string,
    description: string,
    placeholder: string,
  ) => (
    <TagsInput
      label={label}
      description={description}
      placeholder={placeholder}
      splitChars={[';']}
      value={draft[field]}
      error={errors[field]}
      onChange={(value) => change(field, value, { now: true })}
    />
  )
  return (
    <Stack gap="md">
      <Section title="Fit">
        <Field
          label="How much would I enjoy this day to day?"
          hint="1 not for me — 5 I would love it"
        >
          <SegmentedControl
            aria-label="Fit rating"
            fullWidth
            value={draft.fitRating === null ? '' : String(draft.fitRating)}
            onChange={(value) => change('fitRating', Number(value), { now: true })}
            data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {draft.fitRating === null
              ? 'Not rated yet.'
              : `${draft.fitRating} — ${fitLabels[draft.fitRating - 1]}`}
          </Text>
          {errors.fitRating ? (
            <Text size="sm" c="red">
              {errors.fitRating}
            </Text>
          ) : null}
        </Field>
      </Section>

      <Section title="What you learned">
        <Stack gap="sm">
          {text('takeaways', 'Takeaways', 'What will you remember from this conversation?')}
          {text('surprises', 'Surprises', 'What was not what you expected?')}
          {text('aha', 'Aha moments', 'What clicked?')}
        </Stack>
      </Section>

      <Section title="Their work">
        <Stack gap="sm">
          {text('dayToDay', 'The day-to-day picture', 'A typical week, in their words')}
          {text(
            'training',
            'Training or education needed',
            'Skills, courses, degrees — and what is optional',
          )}
          {statements(
            'pros',
            'What they like (pros)',
            'Short statements; press Enter after each. The career board counts them across people.',
            'Work with real data',
          )}
          {statements('cons', 'What they dislike (cons)', 'Press Enter after each.', 'Long hours')}
        </Stack>
      </Section>

      <Section title="Pay heard">
        <PayLines
          rows={draft.pay}
          errors={errors}
          onChange={(rows, options) => change('pay', rows, options)}
        />
      </Section>

      <Section title="Your hypothesis">
        <Stack gap="sm">
          {careers
            .filter((c) => c.hypothesis)
            .map((c) => (
              <Blockquote key={c.id} color="clay" p="sm" radius="md" cite={c.name}>
                {c.hypothesis}
              </Blockquote>
            ))}
          {text(
            'hypothesisChange',
            'How did it change?',
            'Confirmed, shaken, or changed — and why',
          )}
        </Stack>
      </Section>

      <Section title="New questions for next time">
        <QuestionList
          questions={draft.questions}
          careers={careers.map((c) => c.name)}
          error={Object.entries(errors).find(([path]) => path.startsWith('questions'))?.[1]}
          onChange={(questions, options) => change('questions', questions, options)}
        />
      </Section>

      <Section title="Next people to meet">
        <NextPeopleList
          conversationId={reflection.conversationId}
          person={reflection.person}
          people={draft.nextPeople}
          saved={saved}
          onChange={(people, options) => change('nextPeople', people, options)}
          onAdded={refresh}
        />
      </Section>

      {errors.form ? (
        <Text c="red" size="sm" role="alert">
          {errors.form}
        </Text>
      ) : null}
      <Group gap="sm">
        {reflection.completedAt ? (
          <>
            <Text c="teal" fw={600}>
              <IconCheck size={16} style={{ verticalAlign: -2 }} /> Done
            </Text>
            <Button variant="subtle" onClick={() => void complete(false)}>
              Reopen
            </Button>
          </>
        ) : (
          <Button leftSection={<IconCheck size={16} />} onClick={() => void complete(true)}>
            Mark as done
          </Button>
        )}
        {careers.map((c) => (
          <Button
            key={c.id}
            component={Link}
            to={boardPath(c.id)}
            variant="default"
            leftSection={<IconLayoutBoard size={16} />}
          >
            {c.name} board
          </Button>
        ))}
      </Group>
    </Stack>
  )
}
