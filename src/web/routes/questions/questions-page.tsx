import {
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  type SelectProps,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue, useDisclosure } from '@mantine/hooks'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { questionTopicLabels, questionTopics } from '../../../core/questions/topics.ts'
import { useCareers } from '../../api/careers.ts'
import { type QuestionFilter, useCreateQuestion, useQuestions } from '../../api/questions.ts'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { careerOptions } from '../../components/records/career-options.ts'
import { QuestionForm, specificityOptions, tiaraOptions, topicOptions } from './question-form.tsx'
import { QuestionRow } from './question-row.tsx'

const pick = <T extends string>(values: readonly T[], value: string | null) =>
  values.find((v) => v === value)

/** The question bank: the general questions you start with, yours, and those your reflections raised. */
export function QuestionsPage() {
  const [topic, setTopic] = useState<string | null>(null)
  const [tiara, setTiara] = useState<string | null>(null)
  const [specificity, setSpecificity] = useState<string | null>(null)
  const [careerId, setCareerId] = useState<string | null>(null)
  const [retired, setRetired] = useState(false)
  const [words, setWords] = useState('')
  const [q] = useDebouncedValue(words, 250)
  const [adding, add] = useDisclosure(false)
  const careers = useCareers()
  const filter: QuestionFilter = {
    topic: pick(questionTopics, topic),
    tiara: pick(['trends', 'insights', 'advice', 'resources', 'assignments'] as const, tiara),
    specificity: pick(['general', 'specific'] as const, specificity),
    careerId: careerId ?? undefined,
    retired: retired ? 'all' : 'false',
    q,
  }
  const questions = useQuestions(filter)
  const create = useCreateQuestion()
  const items = questions.data?.items ?? []
  return (
    <>
      <PageHeader
        title="Questions"
        description="Your question bank, by topic and TIARA letter. Rate what worked; retire what did not. Plans draw from here."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={add.toggle}>
            New question
          </Button>
        }
      />
      <Collapse expanded={adding}>
        <Paper p="md" mb="md">
          <QuestionForm
            submitLabel="Add to the bank"
            busy={create.isPending}
            onSubmit={(body) => create.mutate(body)}
          />
        </Paper>
      </Collapse>
      <Paper p="md" mb="md">
        <Group gap="xs" align="flex-end">
          <TextInput
            label="Words"
            leftSection={<IconSearch size={16} />}
            value={words}
            onChange={(event) => setWords(event.currentTarget.value)}
            style={{ flex: '1 1 200px' }}
          />
          <AnyOf label="Topic" data={topicOptions} value={topic} onChange={setTopic} w={190} />
          <AnyOf label="TIARA" data={tiaraOptions} value={tiara} onChange={setTiara} w={150} />
          <AnyOf
            label="Specificity"
            data={specificityOptions}
            value={specificity}
            onChange={setSpecificity}
            w={140}
          />
          <AnyOf
            label="Career"
            data={careerOptions(careers.data?.items ?? [])}
            value={careerId}
            onChange={setCareerId}
            searchable
            w={210}
          />
          <Switch
            label="Show retired"
            checked={retired}
            onChange={(event) => setRetired(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Paper>
      {questions.isPending ? (
        <PageSkeleton rows={5} />
      ) : questions.isError ? (
        <LoadError error={questions.error} onRetry={() => questions.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">No questions match.</Text>
      ) : (
        <Stack gap="md">
          {questionTopics
            .filter((t) => items.some((q) => q.topic === t))
            .map((t) => {
              const ofTopic = items.filter((q) => q.topic === t)
              return (
                <Paper
                  key={t}
                  p={{ base: 'md', sm: 'lg' }}
                  component="section"
                  aria-label={questionTopicLabels[t]}
                >
                  <Title order={2} fz="md" mb="xs">
                    {questionTopicLabels[t]}{' '}
                    <Text span c="dimmed" fw={500}>
                      {ofTopic.length}
                    </Text>
                  </Title>
                  {ofTopic.map((question) => (
                    <QuestionRow key={question.id} question={question} />
                  ))}
                </Paper>
              )
            })}
        </Stack>
      )}
    </>
  )
}

/** A filter of the bank: empty reads "Any", and it clears back to that. */
function AnyOf(props: Omit<SelectProps, 'clearable' | 'placeholder'>) {
  return <Select clearable placeholder="Any" {...props} />
}
