import { Button, Group, Select, Stack, Tabs, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { PlanItemAdd } from '../../../core/plans/schema.ts'
import { questionTopicLabels, questionTopics } from '../../../core/questions/topics.ts'
import { useQuestions } from '../../api/questions.ts'
import { EtiquetteWarnings } from '../forms/etiquette-warnings.tsx'

const topicOptions = questionTopics.map((t) => ({ value: t, label: questionTopicLabels[t] }))

interface AddQuestionProps {
  /** Bank questions already in the plan, left out of the picker. */
  planned: ReadonlySet<string>
  busy: boolean
  onAdd: (item: PlanItemAdd) => void
}

/** Adds a question from the bank (searchable by its words), or a new one with its topic. */
export function AddQuestion({ planned, busy, onAdd }: AddQuestionProps) {
  const bank = useQuestions()
  const [questionId, setQuestionId] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [topic, setTopic] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const groups = questionTopics
    .map((t) => ({
      group: questionTopicLabels[t],
      items: (bank.data?.items ?? [])
        .filter((q) => q.topic === t && !planned.has(q.id))
        .map((q) => ({ value: q.id, label: q.career ? `${q.text} (${q.career})` : q.text })),
    }))
    .filter((g) => g.items.length > 0)
  const picked = bank.data?.items.find((q) => q.id === questionId)
  return (
    <Tabs defaultValue="bank" variant="pills" radius="md">
      <Tabs.List mb="xs">
        <Tabs.Tab value="bank">From the bank</Tabs.Tab>
        <Tabs.Tab value="new">New question</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="bank">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Select
            style={{ flex: 1, minWidth: 0 }}
            label="Question"
            placeholder={bank.isPending ? 'Loading the bank…' : 'Type to search the bank'}
            data={groups}
            searchable
            clearable
            value={questionId}
            onChange={setQuestionId}
            nothingFoundMessage="No question with these words"
            comboboxProps={{ width: 'target' }}
          />
          <Button
            leftSection={<IconPlus size={16} />}
            disabled={!questionId || busy}
            onClick={() => {
              if (!questionId) return
              onAdd({ questionId })
              setQuestionId(null)
            }}
          >
            Add
          </Button>
        </Group>
        {picked ? <EtiquetteWarnings text={picked.text} referralAdvice /> : null}
      </Tabs.Panel>
      <Tabs.Panel value="new">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (text.trim().length < 3)
              return setError('Write the question (at least 3 characters)')
            if (!topic) return setError('Choose the topic of the new question')
            onAdd({ text: text.trim(), topic: questionTopics.find((t) => t === topic) })
            setText('')
            setError(null)
          }}
        >
          <Stack gap="xs">
            <TextInput
              label="Question"
              description="Kept in your bank as a question of this career"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={error}
            />
            <EtiquetteWarnings text={text} referralAdvice />
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Select
                style={{ flex: 1 }}
                label="Topic"
                data={topicOptions}
                value={topic}
                onChange={setTopic}
                placeholder="Choose a topic"
              />
              <Button type="submit" leftSection={<IconPlus size={16} />} disabled={busy}>
                Add
              </Button>
            </Group>
          </Stack>
        </form>
      </Tabs.Panel>
    </Tabs>
  )
}
