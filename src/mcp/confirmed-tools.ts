import { z } from 'zod'
import { issueConfirmation, spendConfirmation } from '../core/confirmations/service.ts'
import type { Ctx } from '../core/context.ts'
import { ConflictError } from '../core/errors.ts'
import { OrganizationPatch } from '../core/organizations/schema.ts'
import { getOrganization, updateOrganization } from '../core/organizations/service.ts'
import { deleteMessage, getMessage } from '../core/outreach/service.ts'
import { PersonPatch } from '../core/people/schema.ts'
import { getPerson, updatePerson } from '../core/people/service.ts'
import { getPlanItem, removePlanItem } from '../core/plans/service.ts'
import { Id, Text } from '../core/shared/schema.ts'
import type { McpTool } from './tool.ts'

const Confirmation = Text.max(100)
  .optional()
  .describe(
    'Leave out at first: the answer is a preview and a confirmation. Show the preview to the explorer; only when they agree, call again with the same arguments and that confirmation.',
  )

/**
 * A tool that edits or removes a record, in two calls: the first (without
 * `confirmation`) changes nothing and answers what would change, with a
 * one-time confirmation bound to this explorer, this tool, these exact
 * arguments and the record as previewed; the second, with it, applies the
 * change. The preview is worked out again then, so a record that changed
 * in between is refused rather than overwritten blind.
 */
function defineConfirmedTool<S extends z.ZodObject>(tool: {
  name: string
  title: string
  description: string
  input: S
  preview: (ctx: Ctx, args: z.output<S>) => Promise<unknown>
  run: (ctx: Ctx, args: z.output<S>) => Promise<unknown>
}): McpTool {
  const input = tool.input.extend({ confirmation: Confirmation })
  return {
    name: tool.name,
    title: tool.title,
    description: `${tool.description} Two calls: the first answers a preview and a confirmation and changes nothing; call again with the confirmation once the explorer agrees (it lasts 10 minutes and works once).`,
    input,
    writes: true,
    confirms: true,
    run: async (ctx, raw) => {
      const { confirmation, ...rest } = input.parse(raw) as { confirmation?: string }
      const args = tool.input.parse(rest)
      const preview = await tool.preview(ctx, args)
      const subject = { tool: tool.name, args, preview }
      if (confirmation === undefined) {
        const issued = await issueConfirmation(ctx, subject)
        return {
          applied: false,
          preview,
          confirmation: issued.confirmation,
          expiresAt: issued.expiresAt,
          note: `Nothing changed yet. Show the explorer this preview; if they agree, call ${tool.name} again with the same arguments and "confirmation": "${issued.confirmation}".`,
        }
      }
      await spendConfirmation(ctx, confirmation, subject)
      return { applied: true, result: await tool.run(ctx, args) }
    },
  }
}

/** Each changed field: what it is, and what it would become. */
function changes(current: Record<string, unknown>, patch: Record<string, unknown>) {
  return Object.entries(patch)
    .filter(([, after]) => after !== undefined)
    .map(([field, after]) => ({ field, before: current[field] ?? null, after }))
}

/** The tools that edit or remove records; each needs the explorer's confirmation. */
export const confirmedTools: McpTool[] = [
  defineConfirmedTool({
    name: 'update_person',
    title: 'Change a person',
    description:
      'Changes fields of a person (name, firstName, title, organizationId, careerIds, emails, tags, notes…); lists replace the whole list.',
    input: PersonPatch.extend({ personId: Id.describe("The person's id") }),
    preview: async (ctx, { personId, ...patch }) => {
      const person = await getPerson(ctx, personId)
      return { person, changes: changes(person, patch) }
    },
    run: (ctx, { personId, ...patch }) => updatePerson(ctx, personId, patch),
  }),
  defineConfirmedTool({
    name: 'update_organization',
    title: 'Change an organization',
    description:
      'Changes fields of an organization (name, website, industry, notes, LAMP motivation/posting/advocacy, careerIds).',
    input: OrganizationPatch.extend({ organizationId: Id.describe("The organization's id") }),
    preview: async (ctx, { organizationId, ...patch }) => {
      const organization = await getOrganization(ctx, organizationId)
      return { organization, changes: changes(organization, patch) }
    },
    run: (ctx, { organizationId, ...patch }) => updateOrganization(ctx, organizationId, patch),
  }),
  defineConfirmedTool({
    name: 'remove_question_from_plan',
    title: 'Take a question out of a plan',
    description:
      "Takes one question out of a conversation's plan, with its answer if it has one (the question bank keeps the question). Answers the plan as it is afterwards.",
    input: z.object({ planItemId: Id.describe('The plan item (from the plan tool)') }).strict(),
    preview: async (ctx, { planItemId }) => ({ remove: await getPlanItem(ctx, planItemId) }),
    run: (ctx, { planItemId }) => removePlanItem(ctx, planItemId),
  }),
  defineConfirmedTool({
    name: 'delete_draft',
    title: 'Delete a draft',
    description:
      'Deletes a draft message. Only drafts: a message on record as sent stays (it is what the person received).',
    input: z.object({ messageId: Id.describe("The draft's id") }).strict(),
    preview: async (ctx, { messageId }) => {
      const message = await getMessage(ctx, messageId)
      if (message.status !== 'draft')
        throw new ConflictError(
          `that message is ${message.status}, not a draft: a message on record stays`,
        )
      return { remove: message }
    },
    run: async (ctx, { messageId }) => {
      await deleteMessage(ctx, messageId)
      return { deleted: messageId }
    },
  }),
]
