import { Select, TagsInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  type ConnectionKind,
  connectionKinds,
  type Person,
  PersonCreate,
} from '../../../core/people/schema.ts'
import {
  CareersSelect,
  EntriesInput,
  FieldPair,
  NameInput,
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

interface PersonFormProps extends RecordFormActions<ReturnType<typeof personBody>> {
  initialValues: PersonValues
  person?: Person
}

export function PersonForm({ initialValues, person, ...actions }: PersonFormProps) {
  const form = useForm<PersonValues>({
    initialValues,
    validate: validateWith(PersonCreate, personBody),
  })
  const greeting = form.values.name.trim().split(/\s+/)[0] ?? ''
  return (
    <RecordForm form={form} toBody={personBody} maw={860} {...actions}>
      <FieldPair>
        <NameInput label="Name" placeholder="Ada Lovelace" {...form.getInputProps('name')} />
        <TextInput
          label="First name to greet"
          placeholder={greeting || 'Ada'}
          description="Leave empty to use the first word of the name."
          {...form.getInputProps('firstName')}
        />
        <OrganizationSelect
          label="Organization"
          placeholder="Where they work"
          clearable
          selectedName={person?.organization}
          {...form.getInputProps('organizationId')}
        />
        <TextInput
          label="Role or title"
          placeholder="Senior data scientist"
          {...form.getInputProps('title')}
        />
      </FieldPair>
      <CareersSelect label="Careers they can speak to" {...form.getInputProps('careerIds')} />
      <FieldPair>
        <Select
          label="How you are connected"
          data={connectionKinds.map((kind) => ({ value: kind, label: connectionLabels[kind] }))}
          allowDeselect={false}
          {...form.getInputProps('connection')}
        />
        <TextInput
          label="What you share"
          placeholder="Both studied maths in Bonn"
          {...form.getInputProps('connectionNote')}
        />
        <PersonSelect
          label="Referred by"
          placeholder="Who pointed you to them"
          clearable
          selectedName={person?.referredBy}
          excludeId={person?.id}
          {...form.getInputProps('referredById')}
        />
        <TextInput
          label="Source"
          placeholder="Alumni directory, a meetup…"
          {...form.getInputProps('source')}
        />
      </FieldPair>
      <TextInput
        label="LinkedIn profile"
        placeholder="https://www.linkedin.com/in/ada-lovelace"
        {...form.getInputProps('linkedinUrl')}
      />
      <FieldPair>
        <EntriesInput
          label="Emails"
          placeholder="ada@example.org"
          splitChars={[',', ' ', ';']}
          {...form.getInputProps('emails')}
        />
        <EntriesInput
          label="Phones"
          placeholder="+49 30 1234567"
          splitChars={[',', ';']}
          {...form.getInputProps('phones')}
        />
      </FieldPair>
      <FieldPair>
        <TextInput
          label="Birthday"
          description="1815-12-10, or --12-10 without the year"
          placeholder="1815-12-10"
          {...form.getInputProps('birthday')}
        />
        <EntriesInput
          label="Web sites"
          placeholder="https://ada.example.org"
          splitChars={[' ']}
          {...form.getInputProps('websites')}
        />
      </FieldPair>
      <TagsInput
        label="Other profiles"
        description="Service: address, then Enter — Mastodon: https://hachyderm.io/@ada, XMPP: xmpp:ada@jabber.org"
        placeholder="Mastodon: https://hachyderm.io/@ada"
        clearable
        {...form.getInputProps('profiles')}
      />
      <TagsInput
        label="Tags"
        placeholder="alumni, warm lead…"
        splitChars={[',']}
        clearable
        {...form.getInputProps('tags')}
      />
      <MarkdownEditor
        label="Notes"
        placeholder="Background, what to ask, who they know…"
        {...form.getInputProps('notes')}
      />
    </RecordForm>
  )
}
