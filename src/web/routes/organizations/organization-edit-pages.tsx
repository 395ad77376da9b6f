import { useParams, useSearchParams } from 'react-router'
import {
  useCreateOrganization,
  useOrganization,
  useUpdateOrganization,
} from '../../api/organizations.ts'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useCreateThenOpen, useUpdateThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { OrganizationForm, organizationValues } from './organization-form.tsx'

export function NewOrganizationPage() {
  const [search] = useSearchParams()
  const save = useCreateThenOpen(useCreateOrganization(), paths.organization)
  return (
    <>
      <PageHeader
        title="New organization"
        description="A company, lab, agency or firm where people do work you are curious about."
        crumbs={[{ label: 'Organizations', to: paths.organizations }]}
      />
      <OrganizationForm
        initialValues={organizationValues(undefined, search.get('careerId'))}
        saveLabel="Add organization"
        cancelTo={paths.organizations}
        {...save}
      />
    </>
  )
}

export function EditOrganizationPage() {
  const { id = '' } = useParams()
  const organization = useOrganization(id)
  const save = useUpdateThenOpen(useUpdateOrganization(), id, paths.organization(id))
  if (!isLoaded(organization)) return <RecordWait query={organization} kind="organization" />
  return (
    <>
      <PageHeader
        title={`Edit ${organization.data.name}`}
        crumbs={[
          { label: 'Organizations', to: paths.organizations },
          { label: organization.data.name, to: paths.organization(id) },
        ]}
      />
      <OrganizationForm
        key={organization.data.updatedAt}
        initialValues={organizationValues(organization.data)}
        saveLabel="Save changes"
        cancelTo={paths.organization(id)}
        {...save}
      />
    </>
  )
}
