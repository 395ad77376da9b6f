import type { Command } from 'commander'
import { careerStatuses } from '../../core/careers/schema.ts'
import { table } from '../format.ts'
import type { CliSession } from '../session.ts'
import { registerCareerInsights, showCareer } from './career-insights.ts'
import {
  addCommand,
  editCommand,
  nameOrId,
  recordCommand,
  removeCommand,
} from './record-commands.ts'

const CAREER = nameOrId('career')

interface CareerOptions {
  name?: string
  parent?: string
  status?: string
  hypothesis?: string
  notes?: string
}

export function registerCareers(program: Command, session: CliSession): void {
  const careers = program.command('careers').description('careers and their focus areas')

  careers
    .command('list')
    .description('list careers as a tree')
    .option('--status <status>', `only this status (${careerStatuses.join(', ')})`)
    .option('--json', 'print JSON')
    .action(async (options: { status?: string }, command: Command) => {
      const items = await (await session.source(command)).careers.list({ status: options.status })
      await session.replyList(
        command,
        items,
        'No careers yet. Add one: coffeechat careers add "Data scientist"',
        (items) =>
          table(
            items.map((c) => [
              `${'  '.repeat(c.depth)}${c.name}`,
              c.status,
              `${c.coverage.people} of ${c.coverage.minPeople}`,
              `${c.coverage.organizations} of ${c.coverage.minOrganizations}`,
              String(c.peopleCount),
              String(c.conversationCount),
              c.id,
            ]),
            ['CAREER', 'STATUS', 'SPOKEN WITH', 'ORGS', 'LINKED', 'CHATS', 'ID'],
            60,
          ),
      )
    })

  addCommand(careers, session, {
    description: 'add a career, or a focus area with --parent',
    name: 'the career, e.g. "Data scientist"',
    options: (add) =>
      add
        .option('--parent <career>', 'the broader career this narrows (name or id)')
        .option('--status <status>', careerStatuses.join(', '))
        .option('--hypothesis <text>', 'what you expect, in your words')
        .option('--notes <markdown>', 'notes'),
    json: 'print the new career as JSON',
    create: async (source, name, options: CareerOptions) =>
      source.careers.create({
        name,
        parentId: options.parent
          ? await source.resolve('career', options.parent, 'parent')
          : undefined,
        status: options.status,
        hypothesis: options.hypothesis,
        notes: options.notes,
      }),
    said: (career) => `Added career ${career.name} (${career.id})`,
  })

  recordCommand(
    careers,
    session,
    ['show', 'show one career with its board: grid, gaps, pros and cons, pay, fit trend'],
    CAREER,
    async (source, ref, command) => showCareer(session, source, command, ref),
  )

  registerCareerInsights(careers, session)

  editCommand(careers, session, {
    description: 'change a career',
    argument: CAREER,
    options: (edit) =>
      edit
        .option('--name <name>', 'new name')
        .option('--parent <career>', 'move under this career ("none" for top level)')
        .option('--status <status>', careerStatuses.join(', '))
        .option('--hypothesis <text>', 'new hypothesis')
        .option('--notes <markdown>', 'new notes'),
    json: 'print the changed career as JSON',
    change: async (source, ref, options: CareerOptions) => {
      const id = await source.resolve('career', ref)
      const parentId =
        options.parent === undefined
          ? undefined
          : options.parent === 'none'
            ? null
            : await source.resolve('career', options.parent, 'parent')
      return source.careers.update(id, {
        name: options.name,
        parentId,
        status: options.status,
        hypothesis: options.hypothesis,
        notes: options.notes,
      })
    },
    said: (changed) => `Changed career ${changed.name}`,
  })

  removeCommand(
    careers,
    session,
    'delete a career (people and conversations stay); consider --status dropped instead',
    CAREER,
    {
      kind: 'career',
      get: async (source, ref) => source.careers.get(await source.resolve('career', ref)),
      said: (career) => `Deleted career ${career.name}`,
    },
  )
}
