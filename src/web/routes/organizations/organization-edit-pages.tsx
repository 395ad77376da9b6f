import { useSearchParams } from 'react-router'
import {
  useCreateOrganization,
  useOrganization,
  useUpdateOrganization,
} from '../../api/organizations.ts'
import { EditRecordPage, NewRecordPage } from '../../components/forms/record-edit-pages.tsx'
import { OrganizationForm, organizationValues } from './organization-form.tsx'

export function NewOrganizationPage() {
  const [search] = useSearchParams()
  const initialValues = organizationValues(undefined, search.get('careerId'))
  return (
    <NewRecordPage kind="organization" create={useCreateOrganization()}>
      {(form) => <OrganizationForm initialValues={initialValues} {...form} />}
    </NewRecordPage>
  )
}

export const EditOrganizationPage = () => (
  <EditRecordPage kind="organization" useRecord={useOrganization} useUpdate={useUpdateOrganization}>
    {(organization, form) => (
      <OrganizationForm initialValues={organizationValues(organization)} {...form} />
    )}
  </EditRecordPage>
)
