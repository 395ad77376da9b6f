import { Badge, Box, Grid, Group } from '@mantine/core'
import { useParams } from 'react-router'
import { useCareers } from '../api/careers.ts'
import { useConversation } from '../api/conversations.ts'
import { useReflection } from '../api/reflections.ts'
import { isNotFound } from '../api/request.ts'
import { LoadError } from '../components/feedback/load-error.tsx'
import { NotFound } from '../components/feedback/not-found.tsx'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { SaveStatusBadge } from '../components/meeting/save-status.tsx'
import { paths } from '../components/records/paths.ts'
import { MeetingBeside } from '../components/reflection/meeting-beside.tsx'
import { ReflectionForm } from '../components/reflection/reflection-form.tsx'
import classes from '../components/reflection/reflection-page.module.css'
import { useReflectionAutosave } from '../components/reflection/use-reflection-autosave.ts'

function dueLabel(dueBy: string | null, overdue: boolean, completedAt: string | null) {
  if (completedAt) return { color: 'teal', text: 'done' }
  if (!dueBy) return null
  const at = new Date(dueBy)
  const sameDay = at.toDateString() === new Date().toDateString()
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  const when = sameDay
    ? `tonight ${time}`
    : at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })
  return overdue
    ? { color: 'red', text: `overdue since ${when}` }
    : { color: 'clay', text: `due ${when}` }
}

/** The reflection on a conversation: right after the meeting, saved as you type. */
export function ReflectionPage() {
  const { id = '' } = useParams()
  const reflection = useReflection(id)
  const conversation = useConversation(id)
  const careers = useCareers()
  const autosave = useReflectionAutosave(id, reflection.data)

  if (reflection.isPending) return <PageSkeleton rows={4} />
  if (isNotFound(reflection.error)) {
    return (
      <NotFound
        title="No such conversation"
        back={{ label: 'All conversations', to: paths.conversations }}
      />
    )
  }
  if (reflection.isError)
    return <LoadError error={reflection.error} onRetry={() => reflection.refetch()} />
  const r = reflection.data
  const ofConversation = (careers.data?.items ?? []).filter((c) =>
    conversation.data?.careerIds.includes(c.id),
  )
  const due = dueLabel(r.dueBy, r.overdue, r.completedAt)
  return (
    <Box maw={1200}>
      <PageHeader
        title="Reflection"
        documentTitle={`Reflection · ${r.person}`}
        description={`On your conversation with ${r.person}${conversation.data?.organization ? ` (${conversation.data.organization})` : ''}. Kept apart from the facts about them; saved as you type.`}
        crumbs={[
          { label: 'Conversations', to: paths.conversations },
          { label: `Conversation with ${r.person}`, to: paths.conversation(id) },
        ]}
        extra={
          <Group gap={6}>
            {due ? (
              <Badge color={due.color} variant="light">
                {due.text}
              </Badge>
            ) : null}
            <SaveStatusBadge status={autosave.status} pending={0} />
          </Group>
        }
      />
      {autosave.draft ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
            <ReflectionForm
              reflection={r}
              draft={autosave.draft}
              errors={autosave.errors}
              careers={ofConversation.map((c) => ({
                id: c.id,
                name: c.name,
                hypothesis: c.hypothesis,
              }))}
              saved={autosave.status === 'saved'}
              change={autosave.change}
              complete={autosave.complete}
              refresh={async () => {
                await reflection.refetch()
              }}
              boardPath={paths.careerBoard}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
            <div className={classes.beside}>
              <MeetingBeside conversationId={id} draft={autosave.draft} change={autosave.change} />
            </div>
          </Grid.Col>
        </Grid>
      ) : (
        <PageSkeleton rows={3} />
      )}
    </Box>
  )
}
