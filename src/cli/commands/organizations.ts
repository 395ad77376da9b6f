import type { Command } from 'commander'
import type { Organization } from '../../core/organizations/schema.ts'
import { collect, details, table, UsageError, wholeNumber } from '../format.ts'
import type { CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import {
  addCommand,
  editCommand,
  nameOrId,
  recordCommand,
  removeCommand,
} from './record-commands.ts'

const ORGANIZATION = nameOrId('organization')

interface OrganizationOptions {
  name?: string
  website?: string
  industry?: string
  notes?: string
  advocacy?: string
  motivation?: number
  posting?: number
  career?: string[]
}

function lamp(o: Organization): string {
  return `${o.motivation ?? '–'}/${o.posting ?? '–'}/${o.advocacy ? 'yes' : 'no'}`
}

function yesNo(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined
  if (/^(y|yes|true|1)$/i.test(value)) return true
  if (/^(n|no|false|0)$/i.test(value)) return false
  throw new UsageError(`--advocacy takes yes or no, not "${value}"`)
}

async function fields(source: CliSource, options: OrganizationOptions) {
  const careerIds = options.career
    ? await Promise.all(options.career.map((ref) => source.resolve('career', ref)))
    : undefined
  return {
    website: options.website,
    industry: options.industry,
    notes: options.notes,
    advocacy: yesNo(options.advocacy),
    motivation: options.motivation,
    posting: options.posting,
    careerIds,
  }
}

function withFieldOptions(command: Command): Command {
  return command
    .option('--website <url>', 'web address')
    .option('--industry <text>', 'industry')
    .option('--notes <markdown>', 'notes')
    .option('--advocacy <yes|no>', 'LAMP advocacy: an alumnus or contact works there')
    .option('--motivation <0-3>', 'LAMP motivation, your gut call', wholeNumber('--motivation'))
    .option('--posting <1-3>', 'LAMP posting', wholeNumber('--posting'))
    .option('--career <career>', 'a career it is a target for (repeatable)', collect)
}

export function registerOrganizations(program: Command, session: CliSession): void {
  const orgs = program.command('orgs').description('organizations, in LAMP order')

  orgs
    .command('list')
    .description('list organizations (LAMP order: motivation, posting, advocacy)')
    .option('--sort <order>', 'lamp, name or recent', 'lamp')
    .option('--career <career>', 'only targets of this career')
    .option('-q, --query <text>', 'part of the name')
    .option('--json', 'print JSON')
    .action(
      async (options: { sort: string; career?: string; query?: string }, command: Command) => {
        const source = await session.source(command)
        const careerId = options.career ? await source.resolve('career', options.career) : undefined
        const items = await source.organizations.list({
          sort: options.sort,
          careerId,
          q: options.query,
        })
        await session.replyList(
          command,
          items,
          'No organizations yet. Add one: coffeechat orgs add "Acme"',
          (items) =>
            table(
              items.map((o) => [o.name, lamp(o), o.industry, String(o.peopleCount), o.id]),
              ['ORGANIZATION', 'M/P/A', 'INDUSTRY', 'PEOPLE', 'ID'],
            ),
        )
      },
    )

  addCommand(orgs, session, {
    description: 'add an organization',
    name: 'its name',
    options: withFieldOptions,
    json: 'print the new organization as JSON',
    create: async (source, name, options: OrganizationOptions) =>
      source.organizations.create({ name, ...(await fields(source, options)) }),
    said: (organization) => `Added organization ${organization.name} (${organization.id})`,
  })

  recordCommand(
    orgs,
    session,
    ['show', 'show one organization'],
    ORGANIZATION,
    async (source, ref, command) => {
      const organization = await source.organizations.get(await source.resolve('organization', ref))
      await session.reply(command, organization, describe)
    },
  )

  editCommand(orgs, session, {
    description: 'change an organization',
    argument: ORGANIZATION,
    options: (edit) => withFieldOptions(edit.option('--name <name>', 'new name')),
    json: 'print the changed organization as JSON',
    change: async (source, ref, options: OrganizationOptions) =>
      source.organizations.update(await source.resolve('organization', ref), {
        name: options.name,
        ...(await fields(source, options)),
      }),
    said: (changed) => `Changed organization ${changed.name}`,
  })

  removeCommand(orgs, session, 'delete an organization (its people stay)', ORGANIZATION, {
    kind: 'organization',
    get: async (source, ref) => source.organizations.get(await source.resolve('organization', ref)),
    said: (organization) => `Deleted organization ${organization.name}`,
  })
}

function describe(organization: Organization): string {
  return details([
    ['Organization', organization.name],
    ['Website', organization.website],
    ['Industry', organization.industry],
    ['Advocacy', organization.advocacy ? 'yes' : 'no'],
    ['Motivation', organization.motivation],
    ['Posting', organization.posting],
    ['Careers', organization.careers.map((c) => c.name)],
    ['People', organization.peopleCount],
    ['Notes', organization.notes],
    ['Id', organization.id],
  ])
}
