import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure, useDocumentTitle } from '@mantine/hooks'
import { IconPlayerPlay, IconPlayerStop, IconUserPlus } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { Conversation } from '../../core/conversations/schema.ts'
import type { Meeting } from '../../core/meetings/schema.ts'
import type { Plan } from '../../core/plans/schema.ts'
import { useConversation } from '../api/conversations.ts'
import { useMeeting } from '../api/meetings.ts'
import { usePlan } from '../api/plans.ts'
import { ApiError, isNotFound } from '../api/request.ts'
import { LoadError, TryAgain } from '../components/feedback/load-error.tsx'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { RecordNotFound } from '../components/feedback/record-wait.tsx'
import { MarkdownView } from '../components/markdown/markdown-view.tsx'
import classes from '../components/meeting/meeting.module.css'
import { MeetingClock } from '../components/meeting/meeting-clock.tsx'
import { MeetingSummary } from '../components/meeting/meeting-summary.tsx'
import { QuestionCard } from '../components/meeting/question-card.tsx'
import { ReferralCapture } from '../components/meeting/referral-capture.tsx'
import { useMeetingDraft } from '../components/meeting/use-meeting-draft.ts'
import { paths } from '../components/records/paths.ts'
import { keptForMs } from '../offline/cache-rules.ts'
import { OfflineNotice } from '../offline/offline-notice.tsx'
import { type DeviceCopyShown, useDeviceCopy, useKeepOnDevice } from '../offline/use-device-copy.ts'

const keptForDays = Math.round(keptForMs / 86_400_000)

/** No answer at all: no connection, and no copy of this meeting on the device. */
function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0
}

/** Meeting mode: a phone in one hand, the clock in view, every word kept. */
export function MeetingPage() {
  const { id = '' } = useParams()
  // First: the worker says which answers came from the device as it gives them.
  const deviceCopy = useDeviceCopy(id)
  const conversation = useConversation(id)
  // Loaded once: from here on this page is the one writer, and refetches would only race the typing.
  const plan = usePlan(id)
  const meeting = useMeeting(id)
  useKeepOnDevice(conversation.data)
  useDocumentTitle(
    conversation.data
      ? `Meeting with ${conversation.data.person} · coffeechat`
      : 'Meeting · coffeechat',
  )
  if (conversation.isPending || plan.isPending || meeting.isPending) {
    return (
      <div className={classes.screen}>
        <div className={classes.page}>
          <PageSkeleton rows={4} />
        </div>
      </div>
    )
  }
  if (isNotFound(conversation.error)) {
    return <RecordNotFound kind="conversation" />
  }
  const error = conversation.error ?? plan.error ?? meeting.error
  if (error || !conversation.data || !plan.data || !meeting.data) {
    return (
      <div className={classes.screen}>
        <div className={classes.page}>
          {isUnreachable(error) ? (
            <Alert color="orange" title="Not kept on this device" my="md">
              The server cannot be reached, and this meeting was not kept on this device. Next time,
              open its prepare or meeting page once with a connection while it is scheduled: it then
              opens here without one for {keptForDays} days.
              <TryAgain color="orange" onClick={() => window.location.reload()} />
            </Alert>
          ) : (
            <LoadError error={error} onRetry={() => window.location.reload()} />
          )}
        </div>
      </div>
    )
  }
  return (
    <MeetingMode
      conversation={conversation.data}
      plan={plan.data}
      meeting={meeting.data}
      deviceCopy={deviceCopy}
    />
  )
}

function MeetingMode({
  conversation,
  plan,
  meeting,
  deviceCopy,
}: {
  conversation: Conversation
  plan: Plan
  meeting: Meeting
  deviceCopy: DeviceCopyShown | null
}) {
  const meetingDraft = useMeetingDraft(conversation.id, plan, meeting)
  const { draft } = meetingDraft
  const [referring, referral] = useDisclosure(false)
  const [ending, endDialog] = useDisclosure(false)
  const queryClient = useQueryClient()
  const backTo = paths.conversation(conversation.id)
  const canMeet = ['scheduled', 'met', 'thanked'].includes(conversation.status)
  const started = Boolean(draft.startedAt)
  const ended = Boolean(draft.endedAt)
  const counts = { planned: 0, asked: 0, skipped: 0 }
  for (const item of Object.values(draft.items)) counts[item.state]++
  return (
    <div className={classes.screen}>
      <div className={classes.page}>
        <MeetingClock
          person={conversation.person}
          backTo={backTo}
          startedAt={draft.startedAt}
          endedAt={draft.endedAt}
          promisedMinutes={meeting.promisedMinutes}
          warnMinutesBefore={meeting.warnMinutesBefore}
          extraMinutes={meeting.extraMinutes}
          status={meetingDraft.status}
          pending={meetingDraft.pendingCount}
        />
        <Stack gap="sm" mt="sm">
          <OfflineNotice copy={deviceCopy} />
          {!canMeet ? (
            <Alert color="orange" title="Not scheduled yet">
              A {conversation.status.replace('_', ' ')} conversation cannot be met yet.{' '}
              <Anchor component={Link} to={`${backTo}/edit`}>
                Schedule it
              </Anchor>{' '}
              first.
            </Alert>
          ) : null}
          {ended ? (
            <MeetingSummary
              startedAt={draft.startedAt}
              endedAt={draft.endedAt}
              promisedMinutes={meeting.promisedMinutes}
              counts={counts}
              referrals={draft.referrals.length}
              backTo={backTo}
              reflectTo={paths.reflection(conversation.id)}
              thank={{
                conversationId: conversation.id,
                personId: conversation.personId,
                person: conversation.person,
              }}
            />
          ) : null}
          {!started && draft.researchNotes.trim() ? (
            <Paper p="md">
              <Title order={2} fz="md" mb={4}>
                Your research
              </Title>
              <MarkdownView source={draft.researchNotes} />
            </Paper>
          ) : null}
          <Title order={2} fz="md" mt="xs">
            Questions{' '}
            <Text span c="dimmed" fw={500}>
              {counts.asked} asked · {counts.skipped} skipped · {counts.planned} to go
            </Text>
          </Title>
          {plan.items.length === 0 ? (
            <Text c="dimmed">
              No questions planned.{' '}
              <Anchor component={Link} to={`${backTo}/prepare`}>
                Prepare some
              </Anchor>
              .
            </Text>
          ) : null}
          {plan.items.map((item, index) => (
            <QuestionCard
              key={item.id}
              number={index + 1}
              item={item}
              draft={draft.items[item.id] ?? { answer: item.answer, state: item.state }}
              onState={(state, options) => meetingDraft.setState(item.id, state, options)}
              onAnswer={(answer) => meetingDraft.setAnswer(item.id, answer)}
            />
          ))}
          <Paper p="md">
            <Textarea
              className={classes.answer}
              label="Notes"
              description="Anything else they said"
              autosize
              minRows={3}
              value={draft.freeNotes}
              onChange={(event) => meetingDraft.setNotes('freeNotes', event.currentTarget.value)}
            />
          </Paper>
          {draft.referrals.length > 0 ? (
            <Paper p="md" aria-label="People to talk to next">
              <Title order={2} fz="md" mb={4}>
                Who else to talk to
              </Title>
              <Stack gap={4}>
                {draft.referrals.map((r) => (
                  <Text key={r.key} size="sm">
                    {r.name}
                    {r.organization ? ` · ${r.organization}` : ''}
                    {r.pending ? (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        (kept on this device)
                      </Text>
                    ) : null}
                  </Text>
                ))}
              </Stack>
            </Paper>
          ) : null}
        </Stack>
        <div className={classes.bar}>
          <Group className={classes.barInner} grow gap="xs">
            {!started ? (
              <Button
                size="lg"
                leftSection={<IconPlayerPlay size={20} />}
                onClick={meetingDraft.start}
                disabled={!canMeet}
              >
                Start meeting
              </Button>
            ) : !ended ? (
              <>
                <Button
                  size="lg"
                  variant="light"
                  leftSection={<IconUserPlus size={20} />}
                  onClick={referral.open}
                >
                  Who else?
                </Button>
                <Button
                  size="lg"
                  color="dark"
                  leftSection={<IconPlayerStop size={20} />}
                  onClick={endDialog.open}
                >
                  End
                </Button>
              </>
            ) : (
              <Button
                size="lg"
                variant="light"
                leftSection={<IconUserPlus size={20} />}
                onClick={referral.open}
              >
                Who else should I talk to?
              </Button>
            )}
          </Group>
        </div>
        <ReferralCapture
          opened={referring}
          referrer={conversation.person}
          onClose={referral.close}
          onCapture={meetingDraft.refer}
        />
        <Modal opened={ending} onClose={endDialog.close} title="End the meeting?" centered>
          <Text size="sm" mb="md">
            The end time is recorded now; questions not asked carry over to your next conversation
            in this career.
          </Text>
          <Group grow>
            <Button variant="default" size="md" onClick={endDialog.close}>
              Keep going
            </Button>
            <Button
              size="md"
              color="dark"
              onClick={() => {
                meetingDraft.end()
                endDialog.close()
                void queryClient.invalidateQueries({ queryKey: ['conversations'] })
              }}
            >
              End meeting
            </Button>
          </Group>
        </Modal>
      </div>
    </div>
  )
}
