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
import { FieldPair, type FormWords, fieldsOf } from '../../components/forms/fields.tsx'
import {
  CareersSelect,
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

/** The conversation form's words, field by field. */
const conversationWords: FormWords<ConversationValues> = {
  personId: { label: 'With', placeholder: 'Pick a person' },
  status: { label: 'Status' },
  careerIds: { label: 'About careers' },
  date: { label: 'Day' },
  time: { label: 'Time' },
  timeZone: { label: 'Time zone' },
  durationMinutes: { label: 'Promised length' },
  place: {
    label: 'Place or link',
    description: 'Let them pick the place; paste the video link here.',
    placeholder: 'Café Lumen, or https://meet.example/…',
  },
  notes: { label: 'Notes', placeholder: 'What you want to learn, what they said…' },
}

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
  const field = fieldsOf(form, conversationWords)
  return (
    <RecordForm
      form={form}
      toBody={conversationBody}
      fieldOf={conversationFieldOf}
      maw={860}
      {...actions}
    >
      <FieldPair>
        <PersonSelect {...field('personId')} withAsterisk selectedName={conversation?.person} />
        <Select
          {...field('status')}
          data={statuses.map((status) => ({ value: status, label: statusLabel(status) }))}
          allowDeselect={false}
          description={
            conversation?.allowedStatuses.length === 0
              ? 'Thanked: this conversation is complete.'
              : undefined
          }
        />
      </FieldPair>
      <CareersSelect
        {...field('careerIds')}
        onChange={(careerIds) => {
          careersChosen.current = true
          setFieldValue('careerIds', careerIds)
        }}
      />
      <Text fw={600} size="sm" mt="xs">
        When and where
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <TextInput {...field('date')} type="date" />
        <TimeInput {...field('time')} />
        <Select {...field('timeZone')} data={zones} searchable allowDeselect={false} />
        <NumberInput {...field('durationMinutes')} suffix=" min" min={5} max={240} step={5} />
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
      <TextInput {...field('place')} />
      <MarkdownEditor {...field('notes')} />
    </RecordForm>
  )
}
