import { Badge, Button, Group, Paper, Text, Textarea } from '@mantine/core'
import { IconCheck, IconPlayerSkipForward } from '@tabler/icons-react'
import type { PlanItem } from '../../../core/plans/schema.ts'
import { questionTopicLabels } from '../../../core/questions/topics.ts'
import classes from './meeting.module.css'
import type { DraftItem } from './use-meeting-draft.ts'

interface QuestionCardProps {
  number: number
  item: PlanItem
  draft: DraftItem
  onState: (state: DraftItem['state']) => void
  onAnswer: (answer: string) => void
}

/** One question of the checklist: asked or skipped with one tap, and its own answer notes. */
export function QuestionCard({ number, item, draft, onState, onAnswer }: QuestionCardProps) {
  const asked = draft.state === 'asked'
  const skipped = draft.state === 'skipped'
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
        <Text key={`${problem.start}`} size="xs" c="orange.8" mt={4}>
          “{problem.text}”: {problem.message}
        </Text>
      ))}
      <Group grow gap="xs" mt="sm">
        <Button
          className={classes.big}
          variant={asked ? 'filled' : 'default'}
          color="teal"
          leftSection={<IconCheck size={18} />}
          aria-pressed={asked}
          onClick={() => onState(asked ? 'planned' : 'asked')}
        >
          Asked
        </Button>
        <Button
          className={classes.big}
          variant={skipped ? 'filled' : 'default'}
          color="gray"
          leftSection={<IconPlayerSkipForward size={18} />}
          aria-pressed={skipped}
          onClick={() => onState(skipped ? 'planned' : 'skipped')}
        >
          Skip
        </Button>
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
    </Paper>
  )
}
