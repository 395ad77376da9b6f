import { useParams, useSearchParams } from 'react-router'
import { useCareer, useCreateCareer, useUpdateCareer } from '../../api/careers.ts'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useCreateThenOpen, useUpdateThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { CareerForm, careerValues } from './career-form.tsx'

export function NewCareerPage() {
  const [search] = useSearchParams()
  const parentId = search.get('parentId')
  const save = useCreateThenOpen(useCreateCareer(), paths.career)
  return (
    <>
      <PageHeader
        title={parentId ? 'New focus area' : 'New career'}
        description="A career you are considering, or a narrower focus inside one."
        crumbs={[{ label: 'Careers', to: paths.careers }]}
      />
      <CareerForm
        initialValues={careerValues(undefined, parentId)}
        saveLabel="Add career"
        cancelTo={parentId ? paths.career(parentId) : paths.careers}
        {...save}
      />
    </>
  )
}

export function EditCareerPage() {
  const { id = '' } = useParams()
  const career = useCareer(id)
  const save = useUpdateThenOpen(useUpdateCareer(), id, paths.career(id))
  if (!isLoaded(career)) return <RecordWait query={career} kind="career" />
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
        saveLabel="Save changes"
        cancelTo={paths.career(id)}
        {...save}
      />
    </>
  )
}
