import { Anchor, Avatar, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFileImport, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useCareers } from '../../api/careers.ts'
import { usePeople } from '../../api/people.ts'
import { ListStates } from '../../components/feedback/list-states.tsx'
import { OrganizationSelect } from '../../components/forms/record-selects.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { DuplicatesLink } from '../../components/people/duplicates-link.tsx'
import { careerOptions } from '../../components/records/career-options.ts'
import { ListTable, RecordLink } from '../../components/records/list-table.tsx'
import { Pager } from '../../components/records/pager.tsx'
import { paths } from '../../components/records/paths.ts'
import { initials } from '../../components/records/people-lines.tsx'
import { NewLink } from '../../components/records/section.tsx'
import { connectionLabels } from './connection-labels.ts'

const pageSize = 50

export function PeoplePage() {
  const [params, setParams] = useSearchParams()
  const [q, setQ] = useState(params.get('q') ?? '')
  const [debouncedQ] = useDebouncedValue(q, 250)
  const careerId = params.get('careerId')
  const organizationId = params.get('organizationId')
  const tag = params.get('tag')
  const offset = Number(params.get('offset') ?? 0) || 0
  const setParam = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set(key, value)
      else next.delete(key)
      if (key !== 'offset') next.delete('offset')
      return next
    })
  const careers = useCareers()
  const people = usePeople({
    q: debouncedQ,
    careerId: careerId ?? undefined,
    organizationId: organizationId ?? undefined,
    tag: tag ?? undefined,
    limit: pageSize,
    offset,
  })
  const filtered = Boolean(debouncedQ || careerId || organizationId || tag)
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who can tell you what a career is really like."
        actions={
          <>
            <DuplicatesLink />
            <Button
              component={Link}
              to={paths.import}
              variant="default"
              leftSection={<IconFileImport size={16} />}
            >
              Import
            </Button>
            <NewLink to={`${paths.people}/new`}>New person</NewLink>
          </>
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <TextInput
          label="Name"
          placeholder="Find someone"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value)
            setParam('offset', null)
          }}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label="Career"
          placeholder="Any career"
          data={careerOptions(careers.data?.items ?? [])}
          value={careerId}
          onChange={(value) => setParam('careerId', value)}
          clearable
          searchable
          w={{ base: '100%', xs: 220 }}
        />
        <OrganizationSelect
          label="Organization"
          placeholder="Any organization"
          value={organizationId}
          onChange={(value) => setParam('organizationId', value)}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        {tag ? (
          <Badge
            size="lg"
            variant="outline"
            rightSection={
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => setParam('tag', null)}
                aria-label={`Stop filtering by tag ${tag}`}
              >
                ×
              </Anchor>
            }
          >
            #{tag}
          </Badge>
        ) : null}
      </Group>
      <ListStates
        query={people}
        rows={5}
        list="people"
        noMatch={filtered ? 'Nobody matches.' : null}
      >
        {(data) => (
          <>
            <ListTable
              columns={[['Name'], ['Organization', 'sm'], ['Careers', 'md'], ['Connection', 'lg']]}
            >
              <Table.Tbody>
                {data.items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar
                          radius="xl"
                          size={36}
                          color="initials"
                          name={person.name}
                          aria-hidden
                        >
                          {initials(person.name)}
                        </Avatar>
                        <div style={{ minWidth: 0 }}>
                          <RecordLink to={paths.person(person.id)}>{person.name}</RecordLink>
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {person.title || '—'}
                            <Text span hiddenFrom="sm" inherit>
                              {person.organization ? ` · ${person.organization}` : ''}
                            </Text>
                          </Text>
                          {person.tags.length > 0 ? (
                            <Group gap={4} mt={4}>
                              {person.tags.map((t) => (
                                <Badge
                                  key={t}
                                  size="xs"
                                  color="gray"
                                  component="button"
                                  type="button"
                                  style={{ cursor: 'pointer' }}
                                  onClick={() => setParam('tag', t)}
                                >
                                  #{t}
                                </Badge>
                              ))}
                            </Group>
                          ) : null}
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      {person.organization && person.organizationId ? (
                        <Anchor
                          component={Link}
                          to={paths.organization(person.organizationId)}
                          size="sm"
                        >
                          {person.organization}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td visibleFrom="md">
                      <Group gap={4}>
                        {person.careers.map((career) => (
                          <Badge key={career} size="sm" color="gray">
                            {career}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td visibleFrom="lg">
                      <Text size="sm">{connectionLabels[person.connection]}</Text>
                      {person.referredBy && person.referredById ? (
                        <Text size="xs" c="dimmed">
                          via{' '}
                          <Anchor component={Link} to={paths.person(person.referredById)} inherit>
                            {person.referredBy}
                          </Anchor>
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ListTable>
            <Pager
              total={data.total}
              limit={pageSize}
              offset={offset}
              onOffsetChange={(next) => setParam('offset', next > 0 ? String(next) : null)}
            />
          </>
        )}
      </ListStates>
    </>
  )
}
