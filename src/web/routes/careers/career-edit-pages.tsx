import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useCareer, useCreateCareer, useUpdateCareer } from '../../api/careers.ts'
import { isNotFound } from '../../api/request.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { CareerForm, careerValues } from './career-form.tsx'

export function NewCareerPage() {
  const [search] = useSearchParams()
  const parentId = search.get('parentId')
  const create = useCreateCareer()
  const navigate = useNavigate()
  return (
    <>
      <PageHeader
        title={parentId ? 'New focus area' : 'New career'}
        description="A career you are considering, or a narrower focus inside one."
        crumbs={[{ label: 'Careers', to: paths.careers }]}
      />
      <CareerForm
        initialValues={careerValues(undefined, parentId)}
        saving={create.isPending}
        saveLabel="Add career"
        cancelTo={parentId ? paths.career(parentId) : paths.careers}
        onSave={(values, showIssues) =>
          create.mutate(values, {
            onSuccess: (career) => navigate(paths.career(career.id)),
            onError: showIssues,
          })
        }
      />
    </>
  )
}

export function EditCareerPage() {
  const { id = '' } = useParams()
  const career = useCareer(id)
  const update = useUpdateCareer()
  const navigate = useNavigate()
  if (career.isPending) return <PageSkeleton rows={3} />
  if (isNotFound(career.error))
    return <NotFound title="No such career" back={{ label: 'All careers', to: paths.careers }} />
  if (career.isError) return <LoadError error={career.error} onRetry={() => career.refetch()} />
  return (
    <>
      <PageHeader
        title={`Edit ${career.data.name}`}
        crumbs={[
          { label: 'Careers', to: paths.careers },
          { label: career.data.name, to: paths.career(id) },
        ]}
      />
      <CareerForm
        key={career.data.updatedAt}
        careerId={id}
        initialValues={careerValues(career.data)}
        saving={update.isPending}
        saveLabel="Save changes"
        cancelTo={paths.career(id)}
        onSave={(values, showIssues) =>
          update.mutate(
            { id, patch: values },
            { onSuccess: () => navigate(paths.career(id)), onError: showIssues },
          )
        }
      />
    </>
  )
}
