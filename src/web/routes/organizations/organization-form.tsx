import { Input, MultiSelect, Paper, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { type Organization, OrganizationCreate } from '../../../core/organizations/schema.ts'
import { useCareers } from '../../api/careers.ts'
import { FormActions } from '../../components/forms/form-actions.tsx'
import { showServerIssues, validateWith } from '../../components/forms/validation.ts'
import { MarkdownEditor } from '../../components/markdown/markdown-editor.tsx'
import { careerOptions } from '../../components/records/career-options.ts'
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

interface OrganizationFormProps {
  initialValues: OrganizationValues
  saving: boolean
  saveLabel: string
  cancelTo: string
  onSave: (body: ReturnType<typeof organizationBody>, showIssues: (error: unknown) => void) => void
}

export function OrganizationForm({
  initialValues,
  saving,
  saveLabel,
  cancelTo,
  onSave,
}: OrganizationFormProps) {
  const careers = useCareers()
  const form = useForm<OrganizationValues>({
    initialValues,
    validate: validateWith(OrganizationCreate, organizationBody),
  })
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} maw={760}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const body = organizationBody(values)
          onSave(body, (error) => showServerIssues(form, error, body))
        })}
      >
        <Stack gap="md">
          <TextInput
            label="Name"
            placeholder="Northwind Health"
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Website"
            placeholder="https://northwind.example"
            type="url"
            {...form.getInputProps('website')}
          />
          <TextInput
            label="Industry"
            placeholder="Health care analytics"
            {...form.getInputProps('industry')}
          />
          <MultiSelect
            label="Target for careers"
            description="Careers you could pursue there."
            placeholder="Pick careers"
            data={careerOptions(careers.data?.items ?? [])}
            searchable
            clearable
            nothingFoundMessage="No such career"
            {...form.getInputProps('careerIds')}
          />
          <Input.Wrapper
            label="LAMP"
            description="Rank it when you are ready; motivation is your gut call alone."
          >
            <Paper p="sm" mt={6} bg="var(--cc-page)" withBorder={false}>
              <LampControls
                size="sm"
                value={form.values}
                onChange={(patch) => form.setValues(patch)}
              />
            </Paper>
          </Input.Wrapper>
          <MarkdownEditor label="Notes" {...form.getInputProps('notes')} />
          <FormActions saving={saving} saveLabel={saveLabel} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Paper>
  )
}
