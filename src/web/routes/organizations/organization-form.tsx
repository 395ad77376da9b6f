import { Input, Paper, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { type Organization, OrganizationCreate } from '../../../core/organizations/schema.ts'
import { type FormWords, fieldsOf, NameInput } from '../../components/forms/fields.tsx'
import {
  CareersSelect,
  RecordForm,
  type RecordFormActions,
} from '../../components/forms/record-form.tsx'
import { validateWith } from '../../components/forms/validation.ts'
import { MarkdownEditor } from '../../components/markdown/markdown-editor.tsx'
import { LampControls } from '../../components/records/lamp-controls.tsx'

export interface OrganizationValues {
  name: string
  website: string
  industry: string
  careerIds: string[]
  advocacy: boolean
  motivation: number | null
  posting: number | null
  notes: string
}

export function organizationValues(
  organization?: Organization,
  careerId?: string | null,
): OrganizationValues {
  return {
    name: organization?.name ?? '',
    website: organization?.website ?? '',
    industry: organization?.industry ?? '',
    careerIds: organization?.careerIds ?? (careerId ? [careerId] : []),
    advocacy: organization?.advocacy ?? false,
    motivation: organization?.motivation ?? null,
    posting: organization?.posting ?? null,
    notes: organization?.notes ?? '',
  }
}

export function organizationBody(values: OrganizationValues) {
  return { ...values, website: values.website.trim() || null } satisfies OrganizationCreate
}

/** The organization form's words, field by field. */
const organizationWords: FormWords<OrganizationValues> = {
  name: { label: 'Name', placeholder: 'Northwind Health' },
  website: { label: 'Website', placeholder: 'https://northwind.example' },
  industry: { label: 'Industry', placeholder: 'Health care analytics' },
  careerIds: { label: 'Target for careers', description: 'Careers you could pursue there.' },
  notes: { label: 'Notes' },
}

interface OrganizationFormProps extends RecordFormActions<ReturnType<typeof organizationBody>> {
  initialValues: OrganizationValues
}

export function OrganizationForm({ initialValues, ...actions }: OrganizationFormProps) {
  const form = useForm<OrganizationValues>({
    initialValues,
    validate: validateWith(OrganizationCreate, organizationBody),
  })
  const field = fieldsOf(form, organizationWords)
  return (
    <RecordForm form={form} toBody={organizationBody} maw={760} {...actions}>
      <NameInput {...field('name')} />
      <TextInput {...field('website')} type="url" />
      <TextInput {...field('industry')} />
      <CareersSelect {...field('careerIds')} />
      <Input.Wrapper
        label="LAMP"
        description="Rank it when you are ready; motivation is your gut call alone."
      >
        <Paper p="sm" mt={6} bg="var(--cc-page)" withBorder={false}>
          <LampControls size="sm" value={form.values} onChange={(patch) => form.setValues(patch)} />
        </Paper>
      </Input.Wrapper>
      <MarkdownEditor {...field('notes')} />
    </RecordForm>
  )
}
