import type { Command } from 'commander'
import { connectionKinds, type Person } from '../../core/people/schema.ts'
import { collect, details, table } from '../format.ts'
import { type CliIO, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import { registerPeopleMerge } from './people-merge.ts'
import {
  addCommand,
  editCommand,
  nameOrId,
  recordCommand,
  removeCommand,
} from './record-commands.ts'

const PERSON = nameOrId('person')

interface PersonOptions {
  name?: string
  firstName?: string
  org?: string
  title?: string
  career?: string[]
  connection?: string
  connectionNote?: string
  source?: string
  linkedin?: string
  email?: string[]
  phone?: string[]
  tag?: string[]
  notes?: string
  referredBy?: string
  birthday?: string
  website?: string[]
  profile?: string[]
}

function withFieldOptions(command: Command): Command {
  return command
    .option('--first-name <name>', 'how to greet them')
    .option('--org <organization>', 'their organization (name or id; created when new)')
    .option('--title <title>', 'role or title')
    .option('--career <career>', 'a career they can speak to (repeatable)', collect)
    .option('--connection <kind>', connectionKinds.join(', '))
    .option('--connection-note <text>', 'what you share, e.g. "both studied maths in Bonn"')
    .option('--source <text>', 'where you found them')
    .option('--linkedin <url>', 'LinkedIn profile address')
    .option('--email <address>', 'email address (repeatable; replaces the list)', collect)
    .option('--phone <number>', 'phone number (repeatable; replaces the list)', collect)
    .option('--tag <tag>', 'tag (repeatable; replaces the list)', collect)
    .option('--notes <markdown>', 'notes')
    .option('--referred-by <person>', 'who referred you (name or id; "none" to clear)')
    .option('--birthday <date>', 'YYYY-MM-DD, or --MM-DD without the year ("none" to clear)')
    .option('--website <url>', 'web site (repeatable; replaces the list)', collect)
    .option(
      '--profile <service=address>',
      'another profile or IM handle, e.g. "Mastodon=https://hachyderm.io/@ada" (repeatable; replaces the list)',
      collect,
    )
}

/** `Mastodon=https://…` as a profile; the service is what comes before the first `=`. */
function profileOption(value: string): { service: string; address: string } {
  const at = value.indexOf('=')
  return at === -1
    ? { service: '', address: value }
    : { service: value.slice(0, at), address: value.slice(at + 1) }
}

async function fields(source: CliSource, io: CliIO, options: PersonOptions) {
  let organizationId: string | null | undefined
  if (options.org !== undefined) {
    if (options.org === '' || options.org === 'none') organizationId = null
    else {
      const { organization, created } = await source.organizations.findOrCreate(options.org, 'org')
      if (created) writeLine(io.stderr, `Added organization ${organization.name}`)
      organizationId = organization.id
    }
  }
  const careerIds = options.career
    ? await Promise.all(options.career.map((ref) => source.resolve('career', ref)))
    : undefined
  const referredById =
    options.referredBy === undefined
      ? undefined
      : options.referredBy === 'none'
        ? null
        : await source.resolve('person', options.referredBy, 'referredBy')
  return {
    firstName: options.firstName,
    organizationId,
    title: options.title,
    careerIds,
    connection: options.connection,
    connectionNote: options.connectionNote,
    source: options.source,
    linkedinUrl: options.linkedin,
    emails: options.email,
    phones: options.phone,
    tags: options.tag,
    notes: options.notes,
    referredById,
    birthday:
      options.birthday === undefined
        ? undefined
        : options.birthday === 'none'
          ? null
          : options.birthday,
    websites: options.website,
    profiles: options.profile?.map(profileOption),
  }
}

export function registerPeople(program: Command, session: CliSession): void {
  const { io } = session
  const people = program.command('people').description('the people you talk to')

  people
    .command('list')
    .description('list people by name')
    .option('-q, --query <text>', 'part of the name')
    .option('--career <career>', 'only people who can speak to this career')
    .option('--org <organization>', 'only people at this organization')
    .option('--tag <tag>', 'only people with this tag')
    .option('--json', 'print JSON')
    .action(
      async (
        options: { query?: string; career?: string; org?: string; tag?: string },
        command: Command,
      ) => {
        const source = await session.source(command)
        const careerId = options.career ? await source.resolve('career', options.career) : undefined
        const organizationId = options.org
          ? await source.resolve('organization', options.org)
          : undefined
        const items = await source.people.list({
          q: options.query,
          careerId,
          organizationId,
          tag: options.tag,
        })
        await session.replyList(
          command,
          items,
          'No people yet. Add someone: coffeechat people add "Ada Lovelace" --org "Analytical Engines"',
          (items) =>
            table(
              items.map((p) => [p.name, p.organization ?? '', p.title, p.careers.join(', '), p.id]),
              ['NAME', 'ORGANIZATION', 'TITLE', 'CAREERS', 'ID'],
              32,
            ),
        )
      },
    )

  addCommand(people, session, {
    description: 'add a person',
    name: 'their full name',
    options: withFieldOptions,
    json: 'print the new person as JSON',
    create: async (source, name, options: PersonOptions) =>
      source.people.create({ name, ...(await fields(source, io, options)) }),
    said: (person) =>
      `Added ${person.name}${person.organization ? ` (${person.organization})` : ''} — ${person.id}`,
  })

  recordCommand(
    people,
    session,
    ['show', 'show one person'],
    PERSON,
    async (source, ref, command) => {
      const person = await source.people.get(await source.resolve('person', ref))
      const [referralAsk, bouncingEmails] = await Promise.all([
        source.people.referralAsk(person.id),
        source.people.bouncingEmails(person),
      ])
      await session.reply(command, { ...person, bouncingEmails, referralAsk }, () =>
        describe(person, referralAsk.summary, bouncingEmails),
      )
    },
  )

  editCommand(people, session, {
    description: 'change a person',
    argument: PERSON,
    options: (edit) => withFieldOptions(edit.option('--name <name>', 'new name')),
    json: 'print the changed person as JSON',
    change: async (source, ref, options: PersonOptions) =>
      source.people.update(await source.resolve('person', ref), {
        name: options.name,
        ...(await fields(source, io, options)),
      }),
    said: (changed) => `Changed ${changed.name}`,
  })

  removeCommand(people, session, 'delete a person and their conversations', PERSON, {
    kind: 'person',
    get: async (source, ref) => source.people.get(await source.resolve('person', ref)),
    said: (person) => `Deleted ${person.name}`,
  })

  registerPeopleMerge(people, session)
}

function describe(person: Person, referralAsk: string, bouncing: readonly string[]): string {
  return details([
    ['Name', person.name],
    ['Greeting', person.firstName],
    ['Organization', person.organization],
    ['Title', person.title],
    ['Careers', person.careers],
    [
      'Connection',
      person.connectionNote ? `${person.connection} — ${person.connectionNote}` : person.connection,
    ],
    ['Referred by', person.referredBy],
    ['Source', person.source],
    ['LinkedIn', person.linkedinUrl],
    ['Emails', person.emails],
    [
      'Bouncing',
      bouncing.length > 0
        ? `${bouncing.join(', ')} — mail to it came back: try another route (another address, LinkedIn, a phone)`
        : null,
    ],
    ['Phones', person.phones],
    ['Birthday', person.birthday],
    ['Web sites', person.websites],
    ['Profiles', person.profiles.map((p) => `${p.service}: ${p.address}`)],
    ['Tags', person.tags],
    ['Notes', person.notes],
    ['Referral ask', referralAsk],
    ['Id', person.id],
  ])
}
