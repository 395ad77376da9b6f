import { ActionIcon, Badge, Group, Text } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { PlanItem } from '../../../core/plans/schema.ts'
import { questionTopicLabels } from '../../../core/questions/topics.ts'
import { QuestionLine } from '../records/question-line.tsx'

interface PlanItemRowProps {
  number: number
  item: PlanItem
  first: boolean
  last: boolean
  busy: boolean
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

const stateLabels = { planned: null, asked: 'asked', skipped: 'skipped' } as const

/** One question of the plan being prepared: its number, text, topic and etiquette problems. */
export function PlanItemRow({
  number,
  item,
  first,
  last,
  busy,
  onMove,
  onRemove,
}: PlanItemRowProps) {
  const state = stateLabels[item.state]
  return (
    <QuestionLine
      question={item}
      testId="plan-item"
      before={
        <Text fw={700} c="dimmed" w={22} ta="right" style={{ flexShrink: 0 }}>
          {number}
        </Text>
      }
      tags={
        <>
          <Badge size="xs" color="gray">
            {questionTopicLabels[item.topic]}
          </Badge>
          {item.specificity === 'specific' ? (
            <Badge size="xs" color="grape">
              specific
            </Badge>
          ) : null}
          {state ? (
            <Badge size="xs" color={item.state === 'asked' ? 'teal' : 'gray'}>
              {state}
            </Badge>
          ) : null}
        </>
      }
    >
      <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
        <RowAction
          label={`Move question ${number} up`}
          disabled={first || busy}
          onClick={() => onMove(-1)}
        >
          <IconArrowUp size={18} />
        </RowAction>
        <RowAction
          label={`Move question ${number} down`}
          disabled={last || busy}
          onClick={() => onMove(1)}
        >
          <IconArrowDown size={18} />
        </RowAction>
        <RowAction
          label={`Remove question ${number}`}
          color="red"
          disabled={busy}
          onClick={onRemove}
        >
          <IconX size={18} />
        </RowAction>
      </Group>
    </QuestionLine>
  )
}

/** One of a row's icon buttons, named for screen readers by what it does. */
function RowAction({
  label,
  color = 'gray',
  disabled,
  onClick,
  children,
}: {
  label: string
  color?: string
  disabled: boolean
  onClick: () => void
  children: ReactNode
}) {
  return (
    <ActionIcon
      variant="subtle"
      color={color}
      size="lg"
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
    >
      {children}
    </ActionIcon>
  )
}
