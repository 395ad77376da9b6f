import { Blockquote, Button, Group, Text } from '@mantine/core'
import { IconLayoutBoard } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { useCareer, useCareers, useDeleteCareer } from '../../api/careers.ts'
import { useConversations } from '../../api/conversations.ts'
import { useOrganizations } from '../../api/organizations.ts'
import { usePeople } from '../../api/people.ts'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useDeleteThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { MainColumn, RecordColumns, SideColumn } from '../../components/layout/record-columns.tsx'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { ConversationLines } from '../../components/records/conversation-lines.tsx'
import { paths } from '../../components/records/paths.ts'
import { PeopleSection } from '../../components/records/people-lines.tsx'
import { EditLink, Section, SectionAddLink } from '../../components/records/section.tsx'
import { CareerStatusBadge } from '../../components/records/status-badges.tsx'
import { Coverage } from './coverage.tsx'
import { FocusAreas } from './focus-areas.tsx'

export function CareerPage() {
  const { id = '' } = useParams()
  const career = useCareer(id)
  const careers = useCareers()
  const people = usePeople({ careerId: id, limit: 200 })
  const conversations = useConversations({ careerId: id, limit: 100 })
  const organizations = useOrganizations({ careerId: id, limit: 100 })
  const deletion = useDeleteThenOpen(useDeleteCareer(), id, paths.careers)

  if (!isLoaded(career)) return <RecordWait query={career} kind="career" />
  const all = careers.data?.items ?? []
  const children = all.filter((c) => c.parentId === id)
  const ancestors = ancestorsOf(all, career.data.parentId)

  return (
    <>
      <PageHeader
        title={career.data.name}
        extra={<CareerStatusBadge status={career.data.status} size="lg" />}
        crumbs={[
          { label: 'Careers', to: paths.careers },
          ...ancestors.map((a) => ({ label: a.name, to: paths.career(a.id) })),
        ]}
        actions={
          <>
            <Button
              component={Link}
              to={paths.careerBoard(id)}
              leftSection={<IconLayoutBoard size={16} />}
            >
              Board
            </Button>
            <EditLink to={`${paths.careers}/${encodeURIComponent(id)}/edit`} />
            <ConfirmDelete
              name={career.data.name}
              blocked={children.length > 0}
              consequence={
                children.length > 0
                  ? `It still has ${children.length} focus area${children.length === 1 ? '' : 's'}: move or delete ${children.length === 1 ? 'it' : 'them'} first. To keep its history, set its status to dropped instead.`
                  : 'People, organizations and conversations stay; they just lose this career. To keep its history, set its status to dropped instead.'
              }
              {...deletion}
            />
          </>
        }
      />
      <RecordColumns>
        <MainColumn>
          {career.data.hypothesis ? (
            <Blockquote color="clay" p="md" radius="lg" cite="Your hypothesis">
              {career.data.hypothesis}
            </Blockquote>
          ) : (
            <Text c="dimmed" size="sm">
              No hypothesis yet. What do you expect this work to be like? Write it down under Edit,
              then test it in conversations.
            </Text>
          )}
          <FocusAreas careerId={id} focusAreas={children} />
          <Section
            title="Conversations"
            count={conversations.data?.total}
            action={
              <SectionAddLink to={`${paths.conversations}/new?careerId=${encodeURIComponent(id)}`}>
                Plan one
              </SectionAddLink>
            }
          >
            <ConversationLines
              conversations={conversations.data?.items ?? []}
              empty="No conversations about this career yet."
            />
          </Section>
          <Section title="Notes">
            <MarkdownView source={career.data.notes} />
          </Section>
        </MainColumn>
        <SideColumn>
          <Coverage coverage={career.data.coverage} dropped={career.data.status === 'dropped'} />
          <PeopleSection
            title="People linked"
            people={people.data}
            linkedBy={{ careerId: id }}
            empty="Nobody who can speak to this career yet."
          />
          <Section title="Target organizations" count={organizations.data?.total}>
            <Group gap="xs">
              {(organizations.data?.items ?? []).length === 0 ? (
                <Text size="sm" c="dimmed">
                  None yet. Mark organizations as targets for this career on their page.
                </Text>
              ) : (
                organizations.data?.items.map((org) => (
                  <Button
                    key={org.id}
                    component={Link}
                    to={paths.organization(org.id)}
                    size="xs"
                    variant="default"
                    radius="xl"
                  >
                    {org.name}
                  </Button>
                ))
              )}
            </Group>
          </Section>
        </SideColumn>
      </RecordColumns>
    </>
  )
}

function ancestorsOf<C extends { id: string; parentId: string | null; name: string }>(
  all: readonly C[],
  parentId: string | null,
): C[] {
  const chain: C[] = []
  let next = parentId
  while (next) {
    const parent = all.find((c) => c.id === next)
    if (!parent || chain.includes(parent)) break
    chain.unshift(parent)
    next = parent.parentId
  }
  return chain
}
