import { ActionIcon, Badge, Menu, Modal, Rating, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArchive, IconArchiveOff, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import type { Question } from '../../../core/questions/schema.ts'
import { tiaraLabels } from '../../../core/questions/topics.ts'
import { useDeleteQuestion, useUpdateQuestion } from '../../api/questions.ts'
import { QuestionLine } from '../../components/records/question-line.tsx'
import { QuestionForm } from './question-form.tsx'

const originLabels = { seed: null, explorer: 'yours', reflection: 'from a reflection' } as const

/** One question of the bank: its tags, how often it was asked, a 1–5 rating, and its actions. */
export function QuestionRow({ question }: { question: Question }) {
  const update = useUpdateQuestion()
  const remove = useDeleteQuestion()
  const [editing, edit] = useDisclosure(false)
  const origin = originLabels[question.origin]
  return (
    <QuestionLine
      question={question}
      testId="question"
      opacity={question.retired ? 0.6 : 1}
      tags={
        <>
          <Badge size="xs" color="blue">
            {tiaraLabels[question.tiara]}
          </Badge>
          <Badge size="xs" color={question.specificity === 'specific' ? 'grape' : 'gray'}>
            {question.specificity}
          </Badge>
          {question.career ? (
            <Badge size="xs" color="teal">
              {question.career}
            </Badge>
          ) : null}
          {origin ? (
            <Badge size="xs" color="orange">
              {origin}
            </Badge>
          ) : null}
          {question.retired ? (
            <Badge size="xs" color="gray">
              retired
            </Badge>
          ) : null}
          {question.askedCount > 0 ? (
            <Text size="xs" c="dimmed">
              asked {question.askedCount}×
            </Text>
          ) : null}
        </>
      }
    >
      <Rating
        size="sm"
        value={question.rating ?? 0}
        onChange={(rating) => update.mutate({ id: question.id, patch: { rating } })}
        aria-label={`Rate “${question.text}”`}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for “${question.text}”`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={edit.open}>
            Edit
          </Menu.Item>
          <Menu.Item
            leftSection={
              question.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />
            }
            onClick={() =>
              update.mutate({ id: question.id, patch: { retired: !question.retired } })
            }
          >
            {question.retired ? 'Use again' : 'Retire (never suggest)'}
          </Menu.Item>
          {question.origin !== 'seed' ? (
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => remove.mutate(question.id)}
            >
              Delete
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={editing} onClose={edit.close} title="Edit question">
        <QuestionForm
          initial={{
            text: question.text,
            topic: question.topic,
            tiara: question.tiara,
            specificity: question.specificity,
            careerId: question.careerId,
          }}
          submitLabel="Save"
          busy={update.isPending}
          onCancel={edit.close}
          onSubmit={(body) =>
            update.mutate(
              { id: question.id, patch: { ...body, careerId: body.careerId ?? null } },
              { onSuccess: edit.close },
            )
          }
        />
      </Modal>
    </QuestionLine>
  )
}
