import { useSearchParams } from 'react-router'
import { useCareer, useCreateCareer, useUpdateCareer } from '../../api/careers.ts'
import { EditRecordPage, NewRecordPage } from '../../components/forms/record-edit-pages.tsx'
import { paths } from '../../components/records/paths.ts'
import { CareerForm, careerValues } from './career-form.tsx'

export function NewCareerPage() {
  const [search] = useSearchParams()
  const parentId = search.get('parentId')
  return (
    <NewRecordPage
      kind="career"
      create={useCreateCareer()}
      title={parentId ? 'New focus area' : 'New career'}
      cancelTo={parentId ? paths.career(parentId) : paths.careers}
    >
      {(form) => <CareerForm initialValues={careerValues(undefined, parentId)} {...form} />}
    </NewRecordPage>
  )
}

export const EditCareerPage = () => (
  <EditRecordPage kind="career" useRecord={useCareer} useUpdate={useUpdateCareer}>
    {(career, form) => (
      <CareerForm careerId={career.id} initialValues={careerValues(career)} {...form} />
    )}
  </EditRecordPage>
)
