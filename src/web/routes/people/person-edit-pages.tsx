import { useParams, useSearchParams } from 'react-router'
import { useCreatePerson, usePerson, useUpdatePerson } from '../../api/people.ts'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useCreateThenOpen, useUpdateThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { PersonForm, personValues } from './person-form.tsx'

export function NewPersonPage() {
  const [search] = useSearchParams()
  const save = useCreateThenOpen(useCreatePerson(), paths.person)
  const prefill = {
    organizationId: search.get('organizationId'),
    careerId: search.get('careerId'),
    referredById: search.get('referredById'),
  }
  return (
    <>
      <PageHeader
        title="New person"
        description="Someone who does, or did, work you are curious about."
        crumbs={[{ label: 'People', to: paths.people }]}
      />
      <PersonForm
        initialValues={personValues(undefined, prefill)}
        saveLabel="Add person"
        cancelTo={paths.people}
        {...save}
      />
    </>
  )
}

export function EditPersonPage() {
  const { id = '' } = useParams()
  const person = usePerson(id)
  const save = useUpdateThenOpen(useUpdatePerson(), id, paths.person(id))
  if (!isLoaded(person)) return <RecordWait query={person} kind="person" />
  return (
    <>
      <PageHeader
        title={`Edit ${person.data.name}`}
        crumbs={[
          { label: 'People', to: paths.people },
          { label: person.data.name, to: paths.person(id) },
        ]}
      />
      <PersonForm
        key={person.data.updatedAt}
        person={person.data}
        initialValues={personValues(person.data)}
        saveLabel="Save changes"
        cancelTo={paths.person(id)}
        {...save}
      />
    </>
  )
}
