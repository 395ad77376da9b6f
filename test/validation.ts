import { expect } from 'vitest'
import { ValidationError } from '../src/core/errors.ts'

/**
 * The fields a refused call names: fails unless `attempt` rejects with a
 * ValidationError, then answers the paths of its issues, in their order.
 *
 * @example expect(await invalidFields(createPerson(ctx, { name: '' }))).toEqual(['name'])
 */
export async function invalidFields(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((i) => i.path)
}
