import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { QuestionCreate } from '../../../core/questions/schema.ts'
import {
  questionTopicLabels,
  questionTopics,
  specificities,
  specificityLabels,
  tiaraLabels,
  tiaraLetters,
} from '../../../core/questions/topics.ts'
import { useCareers } from '../../api/careers.ts'
import { EtiquetteWarnings } from '../../components/forms/etiquette-warnings.tsx'
import { careerOptions } from '../../components/records/career-options.ts'

export const topicOptions = questionTopics.map((t) => ({ value: t, label: questionTopicLabels[t] }))
export const tiaraOptions = tiaraLetters.map((t) => ({ value: t, label: tiaraLabels[t] }))
export const specificityOptions = specificities.map((s) => ({
  value: s,
  label: specificityLabels[s].split(':')[0] ?? s,
}))

export interface QuestionValues {
  text: string
  topic: string | null
  tiara: string | null
  specificity: string | null
  careerId: string | null
}

interface QuestionFormProps {
  initial?: QuestionValues
  submitLabel: string
  busy: boolean
  onSubmit: (body: QuestionCreate) => void
  onCancel?: () => void
}

const empty: QuestionValues = {
  text: '',
  topic: null,
  tiara: null,
  specificity: null,
  careerId: null,
}

/** A question's words and tags; the etiquette guard reads along as you type. */
export function QuestionForm({
  initial = empty,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: QuestionFormProps) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const careers = useCareers()
  const set = (patch: Partial<QuestionValues>) => setValues((v) => ({ ...v, ...patch }))
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const topic = questionTopics.find((t) => t === values.topic)
    const problems: Record<string, string> = {}
    if (values.text.trim().length < 3) problems.text = 'Write the question (at least 3 characters)'
    if (!topic) problems.topic = 'Choose a topic'
    setErrors(problems)
    if (!topic || Object.keys(problems).length > 0) return
    onSubmit({
      text: values.text.trim(),
      topic,
      tiara: tiaraLetters.find((t) => t === values.tiara),
      specificity: specificities.find((s) => s === values.specificity),
      careerId: values.careerId,
    })
    if (initial === empty) setValues(empty)
  }
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput
          label="Question"
          value={values.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
          error={errors.text}
          placeholder="What does a bad week look like?"
        />
        <EtiquetteWarnings text={values.text} />
        <Group grow align="flex-start" gap="xs">
          <Select
            label="Topic"
            data={topicOptions}
            value={values.topic}
            onChange={(topic) => set({ topic })}
            error={errors.topic}
          />
          <Select
            label="TIARA"
            data={tiaraOptions}
            value={values.tiara}
            onChange={(tiara) => set({ tiara })}
            placeholder="Insights"
            clearable
          />
        </Group>
        <Group grow align="flex-start" gap="xs">
          <Select
            label="Specificity"
            data={specificityOptions}
            value={values.specificity}
            onChange={(specificity) => set({ specificity })}
            placeholder="General"
            clearable
          />
          <Select
            label="Career"
            data={careerOptions(careers.data?.items ?? [])}
            value={values.careerId}
            onChange={(careerId) => set({ careerId })}
            placeholder="General bank"
            clearable
            searchable
          />
        </Group>
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
