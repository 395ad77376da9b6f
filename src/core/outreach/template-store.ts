import type { Ctx } from '../context.ts'
import { type FieldIssue, invalid, ValidationError } from '../errors.ts'
import { parseInput } from '../validate.ts'
import {
  deleteTemplateRow,
  selectTemplateRow,
  selectTemplateRows,
  upsertTemplateRow,
} from './repo.ts'
import { type StoredTemplate, TemplateSave } from './schema.ts'
import {
  defaultTemplates,
  isTemplateVariable,
  type MessageTemplate,
  type TemplateKind,
  templateVariableHelp,
  variablesIn,
} from './templates.ts'

/**
 * The explorer's message templates: their own version of each default,
 * stored per owner, else the default. Resetting deletes their version.
 */

export const templateKeys = defaultTemplates.map((t) => t.key)

/** Every variable with what it holds, for editors. */
export function templateVariableList(): Array<{ name: string; help: string }> {
  return Object.entries(templateVariableHelp).map(([name, help]) => ({ name, help }))
}

/**
 * Every template, the explorer's version where they have one.
 *
 * @example (await listTemplates(ctx)).map((t) => t.key) // ['outreach-connection', 'outreach-cold', …]
 */
export async function listTemplates(ctx: Ctx): Promise<StoredTemplate[]> {
  const rows = await selectTemplateRows(ctx)
  const own = new Map(rows.map((r) => [r.key, r]))
  return defaultTemplates.map((template) => toStored(template, own.get(template.key)))
}

export async function getTemplate(ctx: Ctx, key: string): Promise<StoredTemplate> {
  const template = requireDefault(key)
  const row = await selectTemplateRow(ctx, key)
  return toStored(template, row)
}

/** Saves the explorer's version; unknown `{variables}` are refused, each named. */
export async function saveTemplate(ctx: Ctx, key: string, input: unknown): Promise<StoredTemplate> {
  requireDefault(key)
  const data = parseInput(TemplateSave, input)
  const issues: FieldIssue[] = (['subject', 'body'] as const).flatMap((part) =>
    variablesIn(data[part])
      .filter((name) => !isTemplateVariable(name))
      .map((name) => ({
        path: part,
        message: `{${name}} is not a variable; use ${Object.keys(templateVariableHelp)
          .map((v) => `{${v}}`)
          .join(', ')}`,
      })),
  )
  if (issues.length > 0) throw new ValidationError(issues)
  await upsertTemplateRow(ctx, {
    owner_id: ctx.ownerId,
    key,
    subject: data.subject,
    body: data.body,
    updated_at: ctx.now().toISOString(),
  })
  return getTemplate(ctx, key)
}

/** Puts a template back to our default text. */
export async function resetTemplate(ctx: Ctx, key: string): Promise<StoredTemplate> {
  requireDefault(key)
  await deleteTemplateRow(ctx, key)
  return getTemplate(ctx, key)
}

/**
 * The template to draft a message of `kind` from: for outreach, the one
 * with or without a shared connection.
 */
export async function templateFor(
  ctx: Ctx,
  kind: TemplateKind,
  options: { hasConnection: boolean },
): Promise<StoredTemplate> {
  const key =
    kind === 'outreach' ? (options.hasConnection ? 'outreach-connection' : 'outreach-cold') : kind
  return getTemplate(ctx, key)
}

function requireDefault(key: string): MessageTemplate {
  const template = defaultTemplates.find((t) => t.key === key)
  if (!template) {
    throw invalid('key', `"${key}" is not a template; the templates are ${templateKeys.join(', ')}`)
  }
  return template
}

function toStored(
  template: MessageTemplate,
  own: { subject: string; body: string } | undefined,
): StoredTemplate {
  const subject = own?.subject ?? template.subject
  const body = own?.body ?? template.body
  return {
    key: template.key,
    kind: template.kind,
    label: template.label,
    subject,
    body,
    isDefault: own === undefined,
    variables: [...new Set([...variablesIn(subject), ...variablesIn(body)])],
  }
}
