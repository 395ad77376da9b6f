import type { z } from 'zod'
import { type FieldIssue, ValidationError } from './errors.ts'

/** Converts zod's issues into ours: a dotted path and a sentence. */
export function toFieldIssues(issues: ReadonlyArray<z.core.$ZodIssue>): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/**
 * Parses untrusted input with a shared schema, or throws a ValidationError
 * naming each failing field.
 *
 * @example parseInput(CareerCreate, { name: '' }) // throws: name: Too small…
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw new ValidationError(toFieldIssues(result.error.issues))
  return result.data
}
