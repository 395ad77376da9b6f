import { useSearchParams } from 'react-router'
import { useCreatePerson, usePerson, useUpdatePerson } from '../../api/people.ts'
import { EditRecordPage, NewRecordPage } from '../../components/forms/record-edit-pages.tsx'
import { PersonForm, personValues } from './person-form.tsx'

export function NewPersonPage() {
  const [search] = useSearchParams()
  const initialValues = personValues(undefined, {
    organizationId: search.get('organizationId'),
    careerId: search.get('careerId'),
    referredById: search.get('referredById'),
  })
  return (
    <NewRecordPage kind="person" create={useCreatePerson()}>
      {(form) => <PersonForm initialValues={initialValues} {...form} />}
    </NewRecordPage>
  )
}

export const EditPersonPage = () => (
  <EditRecordPage kind="person" useRecord={usePerson} useUpdate={useUpdatePerson}>
    {(person, form) => (
      <PersonForm person={person} initialValues={personValues(person)} {...form} />
    )}
  </EditRecordPage>
)
