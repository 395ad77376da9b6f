import { schemaResolver } from '@mantine/form'
import type { ReactNode } from 'react'
import { ApiError, type FieldIssue } from '../../api/request.ts'

type Schema = Parameters<typeof schemaResolver>[0]

/** Error messages by form field, as Mantine's form keeps them. */
export type FormErrors = Record<string, ReactNode>

/** Maps an issue's path (`emails.1`, `scheduledAt`) to the form field that shows it. */
export type FieldOf = (path: string) => string

export const topLevelField: FieldOf = (path) => path.split('.')[0] ?? ''

function valueAt(payload: unknown, path: string): unknown {
  let current: unknown = payload
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = Reflect.get(current, segment)
  }
  return current
}

/**
 * Folds issues onto form fields, one message per field. An issue inside a
 * list (`emails.1`) names the item, since the whole list is one input.
 */
export function foldIssues(
  issues: readonly FieldIssue[],
  payload: unknown,
  fieldOf: FieldOf,
): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) {
    const field = fieldOf(issue.path)
    if (errors[field]) continue
    const nested = issue.path !== field && /\.\d+$/.test(issue.path)
    const item = nested ? valueAt(payload, issue.path) : undefined
    errors[field] = typeof item === 'string' && item ? `“${item}”: ${issue.message}` : issue.message
  }
  return errors
}

/**
 * A form validator from a shared zod schema (through Mantine's
 * schemaResolver): the form's values are turned into the request body
 * first, so the browser checks exactly what the server will.
 *
 * @example useForm({ initialValues, validate: validateWith(CareerCreate, toCareerBody) })
 */
export function validateWith<Values, Body>(
  schema: Schema,
  toBody: (values: Values) => Body,
  fieldOf: FieldOf = topLevelField,
): (values: Values) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true })
  return (values) => {
    const body = toBody(values)
    const errors = resolve(body)
    return foldIssues(
      Object.entries(errors).map(([path, message]) => ({ path, message: String(message) })),
      body,
      fieldOf,
    )
  }
}

/** Shows the server's `issues` on the fields they name; true when there were any. */
export function showServerIssues(
  form: { setErrors: (errors: FormErrors) => void },
  error: unknown,
  body: unknown,
  fieldOf: FieldOf = topLevelField,
): boolean {
  if (!(error instanceof ApiError) || error.issues.length === 0) return false
  form.setErrors(foldIssues(error.issues, body, fieldOf))
  error.shownOnFields = true
  return true
}

/** The server's sentence for one path of a refused request, if its `issues` named that path. */
export function issueAt(error: unknown): (path: string) => string | undefined {
  const issues = error instanceof ApiError ? error.issues : []
  return (path) => issues.find((issue) => issue.path === path)?.message
}
