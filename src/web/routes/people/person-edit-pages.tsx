import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useCreatePerson, usePerson, useUpdatePerson } from '../../api/people.ts'
import { isNotFound } from '../../api/request.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { PersonForm, personValues } from './person-form.tsx'

export function NewPersonPage() {
  const [search] = useSearchParams()
  const create = useCreatePerson()
  const navigate = useNavigate()
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
        saving={create.isPending}
        saveLabel="Add person"
        cancelTo={paths.people}
        onSave={(body, showIssues) =>
          create.mutate(body, {
            onSuccess: (person) => navigate(paths.person(person.id)),
            onError: showIssues,
          })
        }
      />
    </>
  )
}

export function EditPersonPage() {
  const { id = '' } = useParams()
  const person = usePerson(id)
  const update = useUpdatePerson()
  const navigate = useNavigate()
  if (person.isPending) return <PageSkeleton rows={3} />
  if (isNotFound(person.error))
    return <NotFound title="No such person" back={{ label: 'All people', to: paths.people }} />
  if (person.isError) return <LoadError error={person.error} onRetry={() => person.refetch()} />
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
        saving={update.isPending}
        saveLabel="Save changes"
        cancelTo={paths.person(id)}
        onSave={(body, showIssues) =>
          update.mutate(
            { id, patch: body },
            { onSuccess: () => navigate(paths.person(id)), onError: showIssues },
          )
        }
      />
    </>
  )
}
