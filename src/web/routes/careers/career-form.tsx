import {
  Input,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import {
  type Career,
  CareerCreate,
  type CareerStatus,
  careerStatuses,
} from '../../../core/careers/schema.ts'
import { useCareers } from '../../api/careers.ts'
import { FormActions } from '../../components/forms/form-actions.tsx'
import { showServerIssues, validateWith } from '../../components/forms/validation.ts'
import { MarkdownEditor } from '../../components/markdown/markdown-editor.tsx'
import { careerOptions, withDescendants } from '../../components/records/career-options.ts'

export interface CareerValues {
  name: string
  parentId: string | null
  status: CareerStatus
  hypothesis: string
  notes: string
}

export function careerValues(career?: Career, parentId?: string | null): CareerValues {
  return {
    name: career?.name ?? '',
    parentId: career?.parentId ?? parentId ?? null,
    status: career?.status ?? 'exploring',
    hypothesis: career?.hypothesis ?? '',
    notes: career?.notes ?? '',
  }
}

interface CareerFormProps {
  initialValues: CareerValues
  /** The career being edited; absent when creating one. */
  careerId?: string
  saving: boolean
  saveLabel: string
  cancelTo: string
  onSave: (values: CareerValues, showIssues: (error: unknown) => void) => void
}

export function CareerForm({
  initialValues,
  careerId,
  saving,
  saveLabel,
  cancelTo,
  onSave,
}: CareerFormProps) {
  const careers = useCareers()
  const form = useForm<CareerValues>({
    initialValues,
    validate: validateWith(CareerCreate, (values: CareerValues) => values),
  })
  const parents = useMemo(() => {
    const all = careers.data?.items ?? []
    // A career cannot narrow itself or one of its own focus areas.
    return careerOptions(all, careerId ? withDescendants(all, careerId) : new Set())
  }, [careers.data, careerId])
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} maw={760}>
      <form
        onSubmit={form.onSubmit((values) =>
          onSave(values, (error) => showServerIssues(form, error, values)),
        )}
        noValidate
      >
        <Stack gap="md">
          <TextInput
            label="Career"
            placeholder="Data scientist"
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label="Narrows"
            description="Leave empty for a career of its own; pick one to make this a focus area of it."
            placeholder="A career of its own"
            data={parents}
            clearable
            searchable
            nothingFoundMessage="No such career"
            {...form.getInputProps('parentId')}
          />
          <Stack gap={4}>
            <Input.Label id="career-status-label">Status</Input.Label>
            <SegmentedControl
              aria-labelledby="career-status-label"
              data={careerStatuses.map((status) => ({ value: status, label: status }))}
              {...form.getInputProps('status')}
              fullWidth
              maw={520}
            />
            <Text size="xs" c="dimmed">
              Dropped keeps the career and its history; it just leaves your to-do lists.
            </Text>
          </Stack>
          <Textarea
            label="Hypothesis"
            description="What you expect, in your words."
            placeholder="I'd love the modelling, not the meetings."
            autosize
            minRows={2}
            {...form.getInputProps('hypothesis')}
          />
          <MarkdownEditor label="Notes" {...form.getInputProps('notes')} />
          <FormActions saving={saving} saveLabel={saveLabel} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Paper>
  )
}
