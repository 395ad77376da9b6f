import { Group, Select, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { organizationSorts } from '../../../core/organizations/schema.ts'
import { useCareers } from '../../api/careers.ts'
import { useOrganizations } from '../../api/organizations.ts'
import { ListStates } from '../../components/feedback/list-states.tsx'
import { OrderSegments } from '../../components/forms/record-form.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { careerOptions } from '../../components/records/career-options.ts'
import { Pager } from '../../components/records/pager.tsx'
import { paths } from '../../components/records/paths.ts'
import { NewLink } from '../../components/records/section.tsx'
import { OrganizationCard } from './organization-card.tsx'

const pageSize = 50
const sortLabels = { lamp: 'LAMP order', name: 'Name', recent: 'Recently added' } as const

export function OrganizationsPage() {
  const [q, setQ] = useState('')
  const [debouncedQ] = useDebouncedValue(q, 250)
  const [careerId, setCareerId] = useState<string | null>(null)
  const [sort, setSort] = useState<(typeof organizationSorts)[number]>('lamp')
  const [offset, setOffset] = useState(0)
  const careers = useCareers()
  const organizations = useOrganizations({
    q: debouncedQ,
    careerId: careerId ?? undefined,
    sort,
    limit: pageSize,
    offset,
  })
  const filtered = Boolean(debouncedQ || careerId)
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Where the people you talk to work. In LAMP order: Motivation first, then Posting, then Advocacy — the order of attack."
        actions={<NewLink to={`${paths.organizations}/new`}>New organization</NewLink>}
      />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Name"
          placeholder="Find an organization"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value)
            setOffset(0)
          }}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label="Target for"
          placeholder="Any career"
          data={careerOptions(careers.data?.items ?? [])}
          value={careerId}
          onChange={(value) => {
            setCareerId(value)
            setOffset(0)
          }}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <OrderSegments
          value={sort}
          orders={organizationSorts.map((s) => ({ value: s, label: sortLabels[s] }))}
          onChange={setSort}
        />
      </Group>
      <ListStates
        query={organizations}
        rows={4}
        list="organizations"
        noMatch={filtered ? 'No organization matches.' : null}
      >
        {(data) => (
          <>
            <Stack gap="xs">
              {data.items.map((organization, index) => (
                <OrganizationCard
                  key={organization.id}
                  organization={organization}
                  rank={sort === 'lamp' ? offset + index + 1 : undefined}
                />
              ))}
            </Stack>
            <Pager total={data.total} limit={pageSize} offset={offset} onOffsetChange={setOffset} />
          </>
        )}
      </ListStates>
    </>
  )
}
