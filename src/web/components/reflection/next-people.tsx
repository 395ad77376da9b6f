import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useCreateNextPerson } from '../../api/reflections.ts'
import { paths } from '../records/paths.ts'
import type { ReflectionDraft } from './draft.ts'

type NextPeople = ReflectionDraft['nextPeople']

interface NextPeopleProps {
  conversationId: string
  person: string
  people: NextPeople
  /** Whether every entry is saved (a person can only be added from a saved entry). */
  saved: boolean
  onChange: (people: NextPeople, options?: { now?: boolean }) => void
  onAdded: () => Promise<void>
}

/** Whom to meet next, and one tap to add each as a person referred by the one met. */
export function NextPeopleList({
  conversationId,
  person,
  people,
  saved,
  onChange,
  onAdded,
}: NextPeopleProps) {
  const create = useCreateNextPerson(conversationId)
  const set = (index: number, changes: Partial<NextPeople[number]>) =>
    onChange(people.map((p, i) => (i === index ? { ...p, ...changes } : p)))
  return (
    <Stack gap="xs">
      {people.map((entry, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id until saved, and are edited in place
        <Group key={index} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={index === 0 ? 'Name' : undefined}
            aria-label={`Next person ${index + 1}: name`}
            placeholder="Jonas Becker"
            value={entry.name}
            readOnly={Boolean(entry.personId)}
            onChange={(e) => set(index, { name: e.currentTarget.value })}
            style={{ flex: '1 1 160px' }}
          />
          <TextInput
            label={index === 0 ? 'Why' : undefined}
            aria-label={`Next person ${index + 1}: why`}
            placeholder="the engineering side"
            value={entry.note}
            onChange={(e) => set(index, { note: e.currentTarget.value })}
            style={{ flex: '2 1 200px' }}
          />
          {entry.personId ? (
            <Badge
              component={Link}
              to={paths.person(entry.personId)}
              variant="light"
              color="teal"
              style={{ cursor: 'pointer' }}
            >
              added
            </Badge>
          ) : (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUserPlus size={14} />}
              disabled={!saved || !entry.name.trim()}
              loading={create.isPending && create.variables === index}
              onClick={() => create.mutate(index, { onSuccess: () => void onAdded() })}
            >
              Add as person
            </Button>
          )}
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove next person ${index + 1}`}
            disabled={Boolean(entry.personId)}
            onClick={() =>
              onChange(
                people.filter((_, i) => i !== index),
                { now: true },
              )
            }
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...people, { name: '', note: '', personId: null }])}
        >
          Add someone to meet
        </Button>
        {people.some((p) => p.personId) ? (
          <Text size="xs" c="dimmed">
            Added people are{' '}
            <Anchor component={Link} to={paths.people} size="xs">
              in your people
            </Anchor>
            , referred by {person}.
          </Text>
        ) : null}
      </Group>
    </Stack>
  )
}
