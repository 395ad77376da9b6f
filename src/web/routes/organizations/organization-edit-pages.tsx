import { useNavigate, useParams, useSearchParams } from 'react-router'
import {
  useCreateOrganization,
  useOrganization,
  useUpdateOrganization,
} from '../../api/organizations.ts'
import { isNotFound } from '../../api/request.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { paths } from '../../components/records/paths.ts'
import { OrganizationForm, organizationValues } from './organization-form.tsx'

export function NewOrganizationPage() {
  const [search] = useSearchParams()
  const create = useCreateOrganization()
  const navigate = useNavigate()
  return (
    <>
      <PageHeader
        title="New organization"
        description="A company, lab, agency or firm where people do work you are curious about."
        crumbs={[{ label: 'Organizations', to: paths.organizations }]}
      />
      <OrganizationForm
        initialValues={organizationValues(undefined, search.get('careerId'))}
        saving={create.isPending}
        saveLabel="Add organization"
        cancelTo={paths.organizations}
        onSave={(body, showIssues) =>
          create.mutate(body, {
            onSuccess: (organization) => navigate(paths.organization(organization.id)),
            onError: showIssues,
          })
        }
      />
    </>
  )
}

export function EditOrganizationPage() {
  const { id = '' } = useParams()
  const organization = useOrganization(id)
  const update = useUpdateOrganization()
  const navigate = useNavigate()
  if (organization.isPending) return <PageSkeleton rows={3} />
  if (isNotFound(organization.error)) {
    return (
      <NotFound
        title="No such organization"
        back={{ label: 'All organizations', to: paths.organizations }}
      />
    )
  }
  if (organization.isError)
    return <LoadError error={organization.error} onRetry={() => organization.refetch()} />
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
        saving={update.isPending}
        saveLabel="Save changes"
        cancelTo={paths.organization(id)}
        onSave={(body, showIssues) =>
          update.mutate(
            { id, patch: body },
            { onSuccess: () => navigate(paths.organization(id)), onError: showIssues },
          )
        }
      />
    </>
  )
}
