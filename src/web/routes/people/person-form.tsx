import { Select, TagsInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  type ConnectionKind,
  connectionKinds,
  type Person,
  PersonCreate,
} from '../../../core/people/schema.ts'
import {
  EntriesInput,
  FieldPair,
  type FormWords,
  fieldsOf,
  NameInput,
} from '../../components/forms/fields.tsx'
import {
  CareersSelect,
  RecordForm,
  type RecordFormActions,
} from '../../components/forms/record-form.tsx'
import { OrganizationSelect, PersonSelect } from '../../components/forms/record-selects.tsx'
import { validateWith } from '../../components/forms/validation.ts'
import { MarkdownEditor } from '../../components/markdown/markdown-editor.tsx'
import { connectionLabels } from './connection-labels.ts'

export interface PersonValues {
  name: string
  firstName: string
  organizationId: string | null
  title: string
  careerIds: string[]
  connection: ConnectionKind
  connectionNote: string
  source: string
  linkedinUrl: string
  emails: string[]
  phones: string[]
  tags: string[]
  referredById: string | null
  notes: string
  birthday: string
  websites: string[]
  /** `Service: address`, one entry per profile (see `profileOf`). */
  profiles: string[]
}

export interface PersonPrefill {
  organizationId?: string | null
  careerId?: string | null
  referredById?: string | null
}

export function personValues(person?: Person, prefill: PersonPrefill = {}): PersonValues {
  return {
    name: person?.name ?? '',
    firstName: person?.firstName ?? '',
    organizationId: person?.organizationId ?? prefill.organizationId ?? null,
    title: person?.title ?? '',
    careerIds: person?.careerIds ?? (prefill.careerId ? [prefill.careerId] : []),
    connection: person?.connection ?? (prefill.referredById ? 'referral' : 'cold'),
    connectionNote: person?.connectionNote ?? '',
    source: person?.source ?? '',
    linkedinUrl: person?.linkedinUrl ?? '',
    emails: person?.emails ?? [],
    phones: person?.phones ?? [],
    tags: person?.tags ?? [],
    referredById: person?.referredById ?? prefill.referredById ?? null,
    notes: person?.notes ?? '',
    birthday: person?.birthday ?? '',
    websites: person?.websites ?? [],
    profiles: (person?.profiles ?? []).map((p) => `${p.service}: ${p.address}`),
  }
}

/** `Mastodon: https://…` as a profile; an entry without `: ` is an address of an unnamed service. */
function profileOf(entry: string): { service: string; address: string } {
  const at = entry.indexOf(': ')
  return at === -1
    ? { service: 'Profile', address: entry.trim() }
    : { service: entry.slice(0, at).trim(), address: entry.slice(at + 2).trim() }
}

export function personBody(values: PersonValues) {
  return {
    ...values,
    firstName: values.firstName.trim() || null,
    linkedinUrl: values.linkedinUrl.trim() || null,
    birthday: values.birthday.trim() || null,
    profiles: values.profiles.map(profileOf),
  } satisfies PersonCreate
}

/** The person form's words, field by field. */
const personWords: FormWords<PersonValues> = {
  name: { label: 'Name', placeholder: 'Ada Lovelace' },
  firstName: {
    label: 'First name to greet',
    description: 'Leave empty to use the first word of the name.',
  },
  organizationId: { label: 'Organization', placeholder: 'Where they work' },
  title: { label: 'Role or title', placeholder: 'Senior data scientist' },
  careerIds: { label: 'Careers they can speak to' },
  connection: { label: 'How you are connected' },
  connectionNote: { label: 'What you share', placeholder: 'Both studied maths in Bonn' },
  referredById: { label: 'Referred by', placeholder: 'Who pointed you to them' },
  source: { label: 'Source', placeholder: 'Alumni directory, a meetup…' },
  linkedinUrl: {
    label: 'LinkedIn profile',
    placeholder: 'https://www.linkedin.com/in/ada-lovelace',
  },
  emails: { label: 'Emails', placeholder: 'ada@example.org' },
  phones: { label: 'Phones', placeholder: '+49 30 1234567' },
  birthday: {
    label: 'Birthday',
    description: '1815-12-10, or --12-10 without the year',
    placeholder: '1815-12-10',
  },
  websites: { label: 'Web sites', placeholder: 'https://ada.example.org' },
  profiles: {
    label: 'Other profiles',
    description:
      'Service: address, then Enter — Mastodon: https://hachyderm.io/@ada, XMPP: xmpp:ada@jabber.org',
    placeholder: 'Mastodon: https://hachyderm.io/@ada',
  },
  tags: { label: 'Tags', placeholder: 'alumni, warm lead…' },
  notes: { label: 'Notes', placeholder: 'Background, what to ask, who they know…' },
}

interface PersonFormProps extends RecordFormActions<ReturnType<typeof personBody>> {
  initialValues: PersonValues
  person?: Person
}

export function PersonForm({ initialValues, person, ...actions }: PersonFormProps) {
  const form = useForm<PersonValues>({
    initialValues,
    validate: validateWith(PersonCreate, personBody),
  })
  const field = fieldsOf(form, personWords)
  const greeting = form.values.name.trim().split(/\s+/)[0] ?? ''
  return (
    <RecordForm form={form} toBody={personBody} maw={860} {...actions}>
      <FieldPair>
        <NameInput {...field('name')} />
        <TextInput {...field('firstName')} placeholder={greeting || 'Ada'} />
        <OrganizationSelect
          {...field('organizationId')}
          clearable
          selectedName={person?.organization}
        />
        <TextInput {...field('title')} />
      </FieldPair>
      <CareersSelect {...field('careerIds')} />
      <FieldPair>
        <Select
          {...field('connection')}
          data={connectionKinds.map((kind) => ({ value: kind, label: connectionLabels[kind] }))}
          allowDeselect={false}
        />
        <TextInput {...field('connectionNote')} />
        <PersonSelect
          {...field('referredById')}
          clearable
          selectedName={person?.referredBy}
          excludeId={person?.id}
        />
        <TextInput {...field('source')} />
      </FieldPair>
      <TextInput {...field('linkedinUrl')} />
      <FieldPair>
        <EntriesInput {...field('emails')} splitChars={[',', ' ', ';']} />
        <EntriesInput {...field('phones')} splitChars={[',', ';']} />
      </FieldPair>
      <FieldPair>
        <TextInput {...field('birthday')} />
        <EntriesInput {...field('websites')} splitChars={[' ']} />
      </FieldPair>
      <TagsInput {...field('profiles')} clearable />
      <TagsInput {...field('tags')} splitChars={[',']} clearable />
      <MarkdownEditor {...field('notes')} />
    </RecordForm>
  )
}
