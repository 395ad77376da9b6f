import { Button, Modal, MultiSelect, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArrowsSplit2 } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useNarrowCareer } from '../../api/insights.ts'
import { usePeople } from '../../api/people.ts'
import { client, request } from '../../api/request.ts'
import { paths } from '../records/paths.ts'

/** Narrow a career into a focus area, moving chosen people and questions to it. */
export function NarrowCareer({ careerId, careerName }: { careerId: string; careerName: string }) {
  const [opened, { open, close }] = useDisclosure(false)
  const [name, setName] = useState('')
  const [hypothesis, setHypothesis] = useState('')
  const [personIds, setPersonIds] = useState<string[]>([])
  const [questionIds, setQuestionIds] = useState<string[]>([])
  const people = usePeople({ careerId, limit: 200 })
  const questions = useQuery({
    queryKey: ['questions', 'career', careerId],
    queryFn: () => request(client.questions.$get({ query: { careerId, limit: '500' } })),
    enabled: opened,
  })
  const narrow = useNarrowCareer(careerId)
  const navigate = useNavigate()
  return (
    <>
      <Button variant="default" leftSection={<IconArrowsSplit2 size={16} />} onClick={open}>
        Narrow
      </Button>
      <Modal opened={opened} onClose={close} title={`Narrow ${careerName} into a focus area`}>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            narrow.mutate(
              { name, hypothesis: hypothesis || undefined, personIds, questionIds },
              {
                onSuccess: (result) => {
                  close()
                  navigate(paths.careerBoard(result.focusArea.id))
                },
              },
            )
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              The people you move speak to the focus area from now on; their conversations count for
              both. The questions you move become the focus area's. Nothing is lost from{' '}
              {careerName}.
            </Text>
            <TextInput
              label="Focus area"
              placeholder="ML in healthcare"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Textarea
              label="Hypothesis"
              placeholder="What you expect of it, in your words"
              autosize
              minRows={2}
              value={hypothesis}
              onChange={(e) => setHypothesis(e.currentTarget.value)}
            />
            <MultiSelect
              label="People to move"
              searchable
              data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={personIds}
              onChange={setPersonIds}
            />
            <MultiSelect
              label="Questions to move"
              searchable
              nothingFoundMessage={
                questions.isPending ? 'Loading…' : `${careerName} has no questions of its own yet`
              }
              data={(questions.data?.items ?? []).map((q) => ({ value: q.id, label: q.text }))}
              value={questionIds}
              onChange={setQuestionIds}
            />
            <Button type="submit" loading={narrow.isPending} disabled={!name.trim()}>
              Narrow
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
