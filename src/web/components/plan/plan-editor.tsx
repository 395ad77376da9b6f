import { Button, Divider, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import type { Plan, Suggestion } from '../../../core/plans/schema.ts'
import {
  useAddPlanItems,
  useRemovePlanItem,
  useReorderPlan,
  useSuggestions,
} from '../../api/plans.ts'
import { AddQuestion } from './add-question.tsx'
import { PlanItemRow } from './plan-item-row.tsx'
import { PlanWarnings } from './plan-warnings.tsx'
import { SuggestionsPanel } from './suggestions-panel.tsx'

/** A suggestion as an item to add: its bank question, or its text when it has none. */
function toAddition(s: Suggestion) {
  return s.questionId
    ? { questionId: s.questionId }
    : { text: s.text, topic: s.topic, saveToBank: false }
}

/** The question plan of one conversation: suggest, add, reorder, remove. */
export function PlanEditor({ conversationId, plan }: { conversationId: string; plan: Plan }) {
  const [suggesting, setSuggesting] = useState(plan.items.length === 0)
  const suggestions = useSuggestions(conversationId, suggesting)
  const add = useAddPlanItems(conversationId)
  const reorder = useReorderPlan(conversationId)
  const remove = useRemovePlanItem()
  const busy = add.isPending || reorder.isPending || remove.isPending
  const ids = plan.items.map((i) => i.id)
  const move = (index: number, delta: -1 | 1) => {
    const order = [...ids]
    const [moved] = order.splice(index, 1)
    if (!moved) return
    order.splice(index + delta, 0, moved)
    reorder.mutate(order)
  }
  const planned = new Set(plan.items.flatMap((i) => (i.questionId ? [i.questionId] : [])))
  return (
    <Stack gap="sm">
      <PlanWarnings warnings={plan.warnings} />
      {plan.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          No questions yet. Take the suggestions below, or add questions from your bank.
        </Text>
      ) : (
        <div>
          {plan.items.map((item, index) => (
            <PlanItemRow
              key={item.id}
              number={index + 1}
              item={item}
              first={index === 0}
              last={index === plan.items.length - 1}
              busy={busy}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove.mutate(item.id)}
            />
          ))}
        </div>
      )}
      <Divider label="Add a question" labelPosition="left" />
      <AddQuestion planned={planned} busy={busy} onAdd={(item) => add.mutate({ items: [item] })} />
      <Divider label="Suggestions" labelPosition="left" />
      {suggesting ? (
        suggestions.data ? (
          <SuggestionsPanel
            suggestions={suggestions.data.suggestions}
            busy={busy || suggestions.isFetching}
            onAdd={(chosen) => add.mutate({ items: chosen.map(toAddition) })}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Looking through your earlier conversations…
          </Text>
        )
      ) : (
        <Button
          variant="light"
          leftSection={<IconSparkles size={16} />}
          onClick={() => setSuggesting(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          Suggest questions
        </Button>
      )}
    </Stack>
  )
}
