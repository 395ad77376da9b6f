import { Badge, Box, Grid, Group } from '@mantine/core'
import { useParams } from 'react-router'
import { deadlineText } from '../../core/shared/date-words.ts'
import { useCareers } from '../api/careers.ts'
import { useConversation } from '../api/conversations.ts'
import { useReflection } from '../api/reflections.ts'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { isLoaded, RecordWait } from '../components/feedback/record-wait.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { SaveStatusBadge } from '../components/meeting/save-status.tsx'
import { dateStyle } from '../components/records/date-style.ts'
import { paths } from '../components/records/paths.ts'
import { MeetingBeside } from '../components/reflection/meeting-beside.tsx'
import { ReflectionForm } from '../components/reflection/reflection-form.tsx'
import classes from '../components/reflection/reflection-page.module.css'
import { useReflectionAutosave } from '../components/reflection/use-reflection-autosave.ts'

/** The deadline in the words Today uses for it, from the one instant it is due. */
function dueLabel(dueBy: string | null, completedAt: string | null) {
  if (completedAt) return { color: 'teal', text: 'done' }
  if (!dueBy) return null
  const text = deadlineText(dueBy, dateStyle(), new Date())
  return text.startsWith('overdue')
    ? { color: 'red', text }
    : { color: 'clay', text: `due ${text}` }
}

/** The reflection on a conversation: right after the meeting, saved as you type. */
export function ReflectionPage() {
  const { id = '' } = useParams()
  const reflection = useReflection(id)
  const conversation = useConversation(id)
  const careers = useCareers()
  const autosave = useReflectionAutosave(id, reflection.data)

  if (!isLoaded(reflection)) return <RecordWait query={reflection} kind="conversation" rows={4} />
  const r = reflection.data
  const ofConversation = (careers.data?.items ?? []).filter((c) =>
    conversation.data?.careerIds.includes(c.id),
  )
  const due = dueLabel(r.dueBy, r.completedAt)
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
