import { Anchor, Button, Grid, Stack, Text } from '@mantine/core'
import { IconClockPlay, IconPrinter } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { useConversation } from '../../api/conversations.ts'
import { useMeeting } from '../../api/meetings.ts'
import { useOrganization } from '../../api/organizations.ts'
import { usePerson } from '../../api/people.ts'
import { usePlan } from '../../api/plans.ts'
import { isNotFound } from '../../api/request.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { RecordNotFound } from '../../components/feedback/record-wait.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { PlanEditor } from '../../components/plan/plan-editor.tsx'
import { ResearchNotes } from '../../components/plan/research-notes.tsx'
import { paths } from '../../components/records/paths.ts'
import { Section } from '../../components/records/section.tsx'
import { KeptOnDevice } from '../../offline/kept-on-device.tsx'
import { useKeepOnDevice } from '../../offline/use-device-copy.ts'

/** Prepare a conversation: the question plan, and research notes beside what you know of them. */
export function ConversationPreparePage() {
  const { id = '' } = useParams()
  const conversation = useConversation(id)
  const plan = usePlan(id)
  const meeting = useMeeting(id)
  const personId = conversation.data?.personId ?? ''
  const person = usePerson(personId, { enabled: Boolean(personId) })
  const organizationId = person.data?.organizationId ?? ''
  const organization = useOrganization(organizationId, { enabled: Boolean(organizationId) })
  const keptAt = useKeepOnDevice(conversation.data)
  if (conversation.isPending || plan.isPending || meeting.isPending)
    return <PageSkeleton rows={4} />
  if (isNotFound(conversation.error)) {
    return <RecordNotFound kind="conversation" />
  }
  const error = conversation.error ?? plan.error ?? meeting.error
  if (error || !conversation.data || !plan.data || !meeting.data) {
    return (
      <LoadError
        error={error}
        onRetry={() => void Promise.all([plan.refetch(), meeting.refetch()])}
      />
    )
  }
  const c = conversation.data
  const base = paths.conversation(id)
  return (
    <>
      <PageHeader
        title={`Prepare: ${c.person}`}
        description={
          [c.organization, c.careers.join(', ')].filter(Boolean).join(' · ') || undefined
        }
        crumbs={[
          { label: 'Conversations', to: paths.conversations },
          { label: `Conversation with ${c.person}`, to: base },
        ]}
        actions={
          <>
            <Button
              component={Link}
              to={`${base}/prep`}
              variant="default"
              leftSection={<IconPrinter size={16} />}
            >
              Prep sheet
            </Button>
            <Button
              component={Link}
              to={`${base}/meeting`}
              leftSection={<IconClockPlay size={16} />}
            >
              Meeting mode
            </Button>
          </>
        }
      />
      <KeptOnDevice keptAt={keptAt} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section title="Questions" count={plan.data.items.length}>
            <PlanEditor conversationId={id} plan={plan.data} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section title="Research">
              <ResearchNotes conversationId={id} initial={meeting.data.researchNotes} />
            </Section>
            <Section title={`About ${c.person}`}>
              {person.data?.title ? (
                <Text size="sm" mb={4}>
                  {person.data.title}
                </Text>
              ) : null}
              <MarkdownView source={person.data?.notes ?? ''} empty="No notes on them yet." />
              <Anchor component={Link} to={`${paths.person(c.personId)}/edit`} size="sm">
                Edit their notes
              </Anchor>
            </Section>
            {organizationId ? (
              <Section title={`About ${c.organization ?? 'their organization'}`}>
                <MarkdownView
                  source={organization.data?.notes ?? ''}
                  empty="No notes on the organization yet."
                />
                <Anchor
                  component={Link}
                  to={`${paths.organization(organizationId)}/edit`}
                  size="sm"
                >
                  Edit its notes
                </Anchor>
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
