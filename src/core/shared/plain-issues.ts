import type { z } from 'zod'

type Issue = z.core.$ZodRawIssue

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
}

function many(n: number | bigint, one: string, several: string): string {
  return `${n} ${Number(n) === 1 ? one : several}`
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string | undefined {
  const n = issue.minimum
  const exclusive = issue.inclusive === false
  switch (issue.origin) {
    case 'string':
      return Number(n) <= 1 && !exclusive
        ? 'cannot be empty'
        : `needs at least ${many(n, 'character', 'characters')}`
    case 'array':
    case 'set':
      return Number(n) <= 1 && !exclusive
        ? 'needs at least one'
        : `needs at least ${many(n, 'item', 'items')}`
    case 'number':
    case 'int':
      return exclusive ? `must be more than ${n}` : `must be at least ${n}`
    default:
      return undefined
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string | undefined {
  const n = issue.maximum
  switch (issue.origin) {
    case 'string':
      return `can be at most ${many(n, 'character', 'characters')} long`
    case 'array':
    case 'set':
      return `can hold at most ${many(n, 'item', 'items')}`
    case 'number':
    case 'int':
      return issue.inclusive === false ? `must be less than ${n}` : `can be at most ${n}`
    default:
      return undefined
  }
}

const formatWords: Record<string, string> = {
  email: 'is not an email address, such as ada@example.com',
  url: 'is not a web address, such as https://example.com',
  datetime: 'is not a date and time, such as 2026-03-05T15:00',
  date: 'is not a date, such as 2026-03-05',
  uuid: 'is not a record id',
}

/**
 * Zod's own messages ("Too small: expected string to have >=1 characters")
 * in the words a person reads beside a field: "cannot be empty". A schema's
 * own message always wins (zod asks this only when a check has none), and
 * the server, the CLI and the web app's forms all show these, since every
 * schema is built on `shared/schema.ts`, which installs it.
 *
 * @example plainIssueMessage({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: '' }) // 'cannot be empty'
 */
export function plainIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing'
      return issue.expected in typeWords ? `should be ${typeWords[issue.expected]}` : undefined
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`
    case 'invalid_format':
      return (
        formatWords[issue.format] ??
        (issue.format === 'regex' ? 'is not in the expected form' : undefined)
      )
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? 'must be a whole number'
        : `must be a multiple of ${issue.divisor}`
    default:
      return undefined
  }
}
