import { Anchor, Badge, Group, Text } from '@mantine/core'
import { IconExternalLink } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import {
  useDeleteOrganization,
  useOrganization,
  useUpdateOrganization,
} from '../../api/organizations.ts'
import { usePeople } from '../../api/people.ts'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useDeleteThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { MainColumn, RecordColumns, SideColumn } from '../../components/layout/record-columns.tsx'
import { safeHref } from '../../components/links/safe-href.ts'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { LampControls } from '../../components/records/lamp-controls.tsx'
import { paths } from '../../components/records/paths.ts'
import { PeopleSection } from '../../components/records/people-lines.tsx'
import { EditLink, Section } from '../../components/records/section.tsx'

export function OrganizationPage() {
  const { id = '' } = useParams()
  const organization = useOrganization(id)
  const people = usePeople({ organizationId: id, limit: 200 })
  const update = useUpdateOrganization()
  const deletion = useDeleteThenOpen(useDeleteOrganization(), id, paths.organizations)
  if (!isLoaded(organization)) return <RecordWait query={organization} kind="organization" />
  const org = organization.data
  const count = org.peopleCount
  return (
    <>
      <PageHeader
        title={org.name}
        description={
          <>
            {org.industry || 'Industry not noted'}
            {org.website ? (
              <>
                {' · '}
                {safeHref(org.website, { bare: 'https' }) ? (
                  <Anchor
                    href={safeHref(org.website, { bare: 'https' }) ?? undefined}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {org.website.replace(/^https?:\/\//i, '')}{' '}
                    <IconExternalLink size={13} style={{ verticalAlign: -1 }} />
                  </Anchor>
                ) : (
                  org.website
                )}
              </>
            ) : null}
          </>
        }
        crumbs={[{ label: 'Organizations', to: paths.organizations }]}
        actions={
          <>
            <EditLink to={`${paths.organizations}/${encodeURIComponent(id)}/edit`} />
            <ConfirmDelete
              name={org.name}
              consequence={
                count > 0
                  ? `The ${count} ${count === 1 ? 'person' : 'people'} who work there stay in your list, without an organization.`
                  : 'This cannot be undone.'
              }
              {...deletion}
            />
          </>
        }
      />
      <RecordColumns>
        <MainColumn>
          <Section title="LAMP">
            <LampControls
              size="sm"
              value={org}
              disabled={update.isPending}
              onChange={(patch) => update.mutate({ id, patch })}
            />
          </Section>
          <Section title="Notes">
            <MarkdownView source={org.notes} />
          </Section>
        </MainColumn>
        <SideColumn>
          <PeopleSection
            title="People there"
            people={people.data}
            linkedBy={{ organizationId: id }}
            empty="Nobody from here yet."
          />
          <Section title="Target for careers" count={org.careers.length}>
            {org.careers.length === 0 ? (
              <Text size="sm" c="dimmed">
                Not linked to a career yet.
              </Text>
            ) : (
              <Group gap="xs">
                {org.careers.map((career) => (
                  <Badge
                    key={career.id}
                    component={Link}
                    to={paths.career(career.id)}
                    color="gray"
                    size="lg"
                    style={{ cursor: 'pointer' }}
                  >
                    {career.name}
                  </Badge>
                ))}
              </Group>
            )}
          </Section>
        </SideColumn>
      </RecordColumns>
    </>
  )
}
