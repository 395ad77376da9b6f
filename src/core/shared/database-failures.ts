import { databaseFailureOf } from '../../db/dialect.ts'
import { SchemaError } from '../../db/errors.ts'
import { ConflictError, DatabaseError, type DomainError, ValidationError } from '../errors.ts'

/**
 * The domain error a driver's error stands for, when it is one a person can
 * act on — almost always two requests on the same records at the same moment
 * — or null (a real fault, for the log). Each edge maps it like any other
 * domain error, so a race answers 409 with a sentence, never a 500. A
 * schema that cannot be brought up to date is a database error, in its own words.
 *
 * @example const known = domainErrorOfDatabase(error); if (known) return answer(known)
 */
export function domainErrorOfDatabase(error: unknown): DomainError | null {
  if (error instanceof SchemaError) return new DatabaseError(error.message)
  switch (databaseFailureOf(error)) {
    case 'vanished-reference':
      return new ConflictError(
        'a record this refers to is not there any more (it was probably deleted at the same moment); reload and try again',
      )
    case 'duplicate':
      return new ConflictError(
        'a record with the same name or key was saved at the same moment; reload and try again',
      )
    case 'retry':
      return new ConflictError(
        'other changes to the same records were being saved at the same moment; try again',
      )
    case 'unstorable-text':
      return new ValidationError([
        {
          path: '',
          message: 'the text holds a character the database cannot store (such as NUL); remove it',
        },
      ])
    default:
      return null
  }
}
