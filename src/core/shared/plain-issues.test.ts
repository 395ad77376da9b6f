import { describe, expect, it } from 'vitest'
import { CareerCreate } from '../careers/schema.ts'
import { ConversationCreate } from '../conversations/schema.ts'
import { PersonCreate } from '../people/schema.ts'
import { toFieldIssues } from '../validate.ts'

const issuesOf = (schema: { safeParse: (v: unknown) => unknown }, value: unknown) => {
  const result = schema.safeParse(value) as { success: boolean; error?: { issues: never[] } }
  return result.success ? [] : toFieldIssues(result.error?.issues ?? [])
}

describe("zod's messages in plain words", () => {
  it('says what is wrong with a field as a person reads it beside it', () => {
    expect(issuesOf(ConversationCreate, { personId: '' })).toEqual([
      { path: 'personId', message: 'cannot be empty' },
    ])
    expect(issuesOf(CareerCreate, {})).toEqual([{ path: 'name', message: 'is missing' }])
    expect(issuesOf(ConversationCreate, { personId: 'p', place: 'x'.repeat(1001) })).toEqual([
      { path: 'place', message: 'can be at most 1000 characters long' },
    ])
    expect(issuesOf(PersonCreate, { name: 'Ada', emails: 'ada@example.org' })).toEqual([
      { path: 'emails', message: 'should be a list' },
    ])
    expect(issuesOf(ConversationCreate, { personId: 'p', status: 'later' })).toEqual([
      {
        path: 'status',
        message: expect.stringMatching(/^must be one of: identified, requested, scheduled, /),
      },
    ])
    expect(issuesOf(ConversationCreate, { personId: 'p', durationMinutes: 'ten' })).toEqual([
      { path: 'durationMinutes', message: 'should be a number' },
    ])
  })

  it("keeps a schema's own message", () => {
    expect(issuesOf(CareerCreate, { name: '' })).toEqual([
      { path: 'name', message: 'give the career a name' },
    ])
    expect(issuesOf(ConversationCreate, { personId: 'p', durationMinutes: 2 })).toEqual([
      { path: 'durationMinutes', message: 'a conversation lasts at least 5 minutes' },
    ])
    expect(
      issuesOf(ConversationCreate, { personId: 'p', scheduledAt: 'soon' })[0]?.message,
    ).toMatch(/^use a date and time such as/)
  })
})
