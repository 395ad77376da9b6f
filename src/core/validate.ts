import type { z } from 'zod'
import { type FieldIssue, ValidationError } from './errors.ts'

/** Converts zod's issues into ours: a dotted path and a sentence. */
export function toFieldIssues(issues: ReadonlyArray<z.core.$ZodIssue>): FieldIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String)
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        message: 'is not a known field',
      }))
    }
    return [{ path: path.join('.'), message: issue.message }]
  })
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
