import { Select, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import {
  type Career,
  CareerCreate,
  type CareerStatus,
  careerStatuses,
} from '../../../core/careers/schema.ts'
import { useCareers } from '../../api/careers.ts'
import { type FormWords, fieldsOf, NameInput } from '../../components/forms/fields.tsx'
import {
  LabelledSegments,
  RecordForm,
  type RecordFormActions,
} from '../../components/forms/record-form.tsx'
import { validateWith } from '../../components/forms/validation.ts'
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

/** The career form's words, field by field. */
const careerWords: FormWords<CareerValues> = {
  name: { label: 'Career', placeholder: 'Data scientist' },
  parentId: {
    label: 'Narrows',
    description: 'Leave empty for a career of its own; pick one to make this a focus area of it.',
    placeholder: 'A career of its own',
  },
  status: { label: 'Status' },
  hypothesis: {
    label: 'Hypothesis',
    description: 'What you expect, in your words.',
    placeholder: "I'd love the modelling, not the meetings.",
  },
  notes: { label: 'Notes' },
}

interface CareerFormProps extends RecordFormActions<CareerValues> {
  initialValues: CareerValues
  /** The career being edited; absent when creating one. */
  careerId?: string
}

const asBody = (values: CareerValues) => values

export function CareerForm({ initialValues, careerId, ...actions }: CareerFormProps) {
  const careers = useCareers()
  const form = useForm<CareerValues>({
    initialValues,
    validate: validateWith(CareerCreate, asBody),
  })
  const parents = useMemo(() => {
    const all = careers.data?.items ?? []
    // A career cannot narrow itself or one of its own focus areas.
    return careerOptions(all, careerId ? withDescendants(all, careerId) : new Set())
  }, [careers.data, careerId])
  const field = fieldsOf(form, careerWords)
  return (
    <RecordForm form={form} toBody={asBody} maw={760} {...actions}>
      <NameInput {...field('name')} />
      <Select
        {...field('parentId')}
        data={parents}
        clearable
        searchable
        nothingFoundMessage="No such career"
      />
      <LabelledSegments
        {...field('status')}
        data={careerStatuses.map((status) => ({ value: status, label: status }))}
        maw={520}
        below={
          <Text size="xs" c="dimmed">
            Dropped keeps the career and its history; it just leaves your to-do lists.
          </Text>
        }
      />
      <Textarea {...field('hypothesis')} autosize minRows={2} />
      <MarkdownEditor {...field('notes')} />
    </RecordForm>
  )
}
