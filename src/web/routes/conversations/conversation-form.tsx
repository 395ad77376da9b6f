import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { useEffect, useMemo, useRef } from 'react'
import {
  type Conversation,
  ConversationCreate,
  conversationFormats,
} from '../../../core/conversations/schema.ts'
import { conversationStatuses, statusLabel } from '../../../core/conversations/status.ts'
import { usePerson } from '../../api/people.ts'
import {
  CareersSelect,
  FieldPair,
  LabelledSegments,
  RecordForm,
  type RecordFormActions,
} from '../../components/forms/record-form.tsx'
import { PersonSelect } from '../../components/forms/record-selects.tsx'
import { validateWith } from '../../components/forms/validation.ts'
import { MarkdownEditor } from '../../components/markdown/markdown-editor.tsx'
import { formatLabel } from '../../components/records/conversation-lines.tsx'
import { timeZones } from '../../components/records/dates.ts'
import {
  type ConversationValues,
  conversationBody,
  conversationChecks,
  conversationFieldOf,
} from './conversation-values.ts'

interface ConversationFormProps extends RecordFormActions<ReturnType<typeof conversationBody>> {
  initialValues: ConversationValues
  /** The conversation being edited: its status may only move to the allowed ones. */
  conversation?: Conversation
}

export function ConversationForm({
  initialValues,
  conversation,
  ...actions
}: ConversationFormProps) {
  const schemaCheck = useMemo(
    () => validateWith(ConversationCreate, conversationBody, conversationFieldOf),
    [],
  )
  const form = useForm<ConversationValues>({
    initialValues,
    validate: (values) => ({ ...schemaCheck(values), ...conversationChecks(values) }),
  })
  const person = usePerson(form.values.personId ?? '', {
    enabled: Boolean(form.values.personId) && !conversation,
  })
  const { setFieldValue } = form
  // A new conversation is about the careers the person speaks to, unless the explorer already chose some.
  const careersChosen = useRef(initialValues.careerIds.length > 0)
  const filledFor = useRef<string | null>(null)
  useEffect(() => {
    const picked = person.data
    if (!picked || filledFor.current === picked.id) return
    filledFor.current = picked.id
    if (!careersChosen.current) setFieldValue('careerIds', picked.careerIds)
  }, [person.data, setFieldValue])
  const statuses = conversation
    ? [conversation.status, ...conversation.allowedStatuses]
    : [...conversationStatuses]
  const zones = useMemo(timeZones, [])
  return (
    <RecordForm
      form={form}
      toBody={conversationBody}
      fieldOf={conversationFieldOf}
      maw={860}
      {...actions}
    >
      <FieldPair>
        <PersonSelect
          label="With"
          placeholder="Pick a person"
          withAsterisk
          selectedName={conversation?.person}
          {...form.getInputProps('personId')}
        />
        <Select
          label="Status"
          data={statuses.map((status) => ({ value: status, label: statusLabel(status) }))}
          allowDeselect={false}
          description={
            conversation?.allowedStatuses.length === 0
              ? 'Thanked: this conversation is complete.'
              : undefined
          }
          {...form.getInputProps('status')}
        />
      </FieldPair>
      <CareersSelect
        label="About careers"
        {...form.getInputProps('careerIds')}
        onChange={(careerIds) => {
          careersChosen.current = true
          setFieldValue('careerIds', careerIds)
        }}
      />
      <Text fw={600} size="sm" mt="xs">
        When and where
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <TextInput type="date" label="Day" {...form.getInputProps('date')} />
        <TimeInput label="Time" {...form.getInputProps('time')} />
        <Select
          label="Time zone"
          data={zones}
          searchable
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <NumberInput
          label="Promised length"
          suffix=" min"
          min={5}
          max={240}
          step={5}
          {...form.getInputProps('durationMinutes')}
        />
      </SimpleGrid>
      <LabelledSegments
        label="Format"
        maw={480}
        value={form.values.format ?? 'unset'}
        onChange={(value) =>
          form.setFieldValue('format', conversationFormats.find((f) => f === value) ?? null)
        }
        data={[
          { value: 'unset', label: 'Not set' },
          ...conversationFormats.map((f) => ({ value: f, label: formatLabel(f) ?? f })),
        ]}
      />
      <TextInput
        label="Place or link"
        description="Let them pick the place; paste the video link here."
        placeholder="Café Lumen, or https://meet.example/…"
        {...form.getInputProps('place')}
      />
      <MarkdownEditor
        label="Notes"
        placeholder="What you want to learn, what they said…"
        {...form.getInputProps('notes')}
      />
    </RecordForm>
  )
}
