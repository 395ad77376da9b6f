import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconCheck, IconPlayerSkipForward } from '@tabler/icons-react'
import { useState } from 'react'
import type { PlanItem } from '../../../core/plans/schema.ts'
import { questionTopicLabels } from '../../../core/questions/topics.ts'
import classes from './meeting.module.css'
import type { DraftItem } from './use-meeting-draft.ts'

interface QuestionCardProps {
  number: number
  item: PlanItem
  draft: DraftItem
  /** `clearAnswer`: the explorer agreed to delete the notes to un-mark it. */
  onState: (state: DraftItem['state'], options?: { clearAnswer?: boolean }) => void
  onAnswer: (answer: string) => void
}

/** The two marks a question takes with one tap; tapping the pressed one takes it back to planned. */
const marks = [
  { state: 'asked', label: 'Asked', color: 'teal', Icon: IconCheck },
  { state: 'skipped', label: 'Skip', color: 'gray', Icon: IconPlayerSkipForward },
] as const

/**
 * One question of the checklist: asked or skipped with one tap, and its own
 * answer notes. Notes mean it was asked: typing marks it, and un-marking a
 * question with notes asks first, since the notes go with it.
 */
export function QuestionCard({ number, item, draft, onState, onAnswer }: QuestionCardProps) {
  const asked = draft.state === 'asked'
  const skipped = draft.state === 'skipped'
  const [unasking, setUnasking] = useState<DraftItem['state'] | null>(null)
  const choose = (state: DraftItem['state']) => {
    if (state !== 'asked' && draft.answer.trim()) setUnasking(state)
    else onState(state)
  }
  return (
    <Paper
      p="md"
      className={classes.card}
      data-state={draft.state}
      component="article"
      aria-label={`Question ${number}`}
    >
      <Group gap={6} mb={4}>
        <Text size="xs" c="dimmed" fw={600}>
          {number}
        </Text>
        <Badge size="xs" variant="light" color="gray">
          {questionTopicLabels[item.topic]}
        </Badge>
        {asked ? (
          <Badge size="xs" color="teal">
            asked
          </Badge>
        ) : skipped ? (
          <Badge size="xs" color="gray">
            skipped — carries over
          </Badge>
        ) : null}
      </Group>
      <Text fz="lg" fw={600} lh={1.35}>
        {item.text}
      </Text>
      {item.problems.map((problem) => (
        <Text key={`${problem.start}`} size="xs" c="orange" mt={4}>
          “{problem.text}”: {problem.message}
        </Text>
      ))}
      <Group grow gap="xs" mt="sm">
        {marks.map(({ state, label, color, Icon }) => {
          const pressed = draft.state === state
          return (
            <Button
              key={state}
              className={classes.big}
              variant={pressed ? 'filled' : 'default'}
              color={color}
              leftSection={<Icon size={18} />}
              aria-pressed={pressed}
              onClick={() => choose(pressed ? 'planned' : state)}
            >
              {label}
            </Button>
          )
        })}
      </Group>
      <Textarea
        className={classes.answer}
        mt="sm"
        aria-label={`What they said — question ${number}`}
        placeholder="What they said…"
        autosize
        minRows={2}
        value={draft.answer}
        onChange={(event) => onAnswer(event.currentTarget.value)}
      />
      <Modal
        opened={unasking !== null}
        onClose={() => setUnasking(null)}
        title={`Question ${number} has notes`}
        centered
      >
        <Text size="sm">
          A question with notes was asked. To {unasking === 'skipped' ? 'skip it' : 'un-mark it'},
          its notes are deleted:
        </Text>
        <Text size="sm" fs="italic" my="sm" lineClamp={4}>
          {draft.answer}
        </Text>
        <Stack gap="xs">
          <Button
            variant="default"
            size="md"
            fullWidth
            data-autofocus
            onClick={() => setUnasking(null)}
          >
            Keep it asked
          </Button>
          <Button
            size="md"
            fullWidth
            color="red"
            onClick={() => {
              if (unasking) onState(unasking, { clearAnswer: true })
              setUnasking(null)
            }}
          >
            {unasking === 'skipped' ? 'Delete notes and skip' : 'Delete notes and un-mark'}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  )
}
