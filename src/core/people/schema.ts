import { z } from 'zod'
import {
  createOf,
  Id,
  Markdown,
  Paging,
  patchOf,
  Ref,
  recordStamps,
  Text,
} from '../shared/schema.ts'
import { normalizeLinkedinUrl } from './linkedin.ts'

export const connectionKinds = [
  'alumni',
  'referral',
  'linkedin',
  'colleague',
  'friend',
  'event',
  'cold',
  'other',
] as const
export const ConnectionKind = z.enum(connectionKinds).describe('How you are connected')
export type ConnectionKind = z.infer<typeof ConnectionKind>

const name = Text.trim()
  .min(1, 'give the person a name')
  .max(200, 'keep the name under 200 characters')
const email = Text.trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not an email address such as ada@example.org')
const linkedinUrl = Text.trim()
  .max(500)
  .refine(
    (v) => v === '' || normalizeLinkedinUrl(v) !== null,
    'not a LinkedIn profile address such as https://www.linkedin.com/in/ada-lovelace',
  )
  .nullable()

/**
 * A birthday as a calendar date, `YYYY-MM-DD`, or `--MM-DD` when the year is
 * not known (RFC 6350's form, which address books write).
 */
export const birthdayPattern = /^(\d{4}|-)-(\d{2})-(\d{2})$/
const birthday = Text.trim()
  .refine(
    (v) => v === '' || isBirthday(v),
    'not a birthday such as 1815-12-10, or --12-10 without the year',
  )
  .nullable()
  .describe('YYYY-MM-DD, or --MM-DD when the year is not known')

/**
 * True for `YYYY-MM-DD` and `--MM-DD` dates that exist (29 February only in a leap year, or without one).
 *
 * @example isBirthday('--02-29') // true
 * @example isBirthday('1815-02-30') // false
 */
export function isBirthday(value: string): boolean {
  const match = birthdayPattern.exec(value)
  if (!match) return false
  const year = match[1] === '-' ? 2000 : Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const website = Text.trim()
  .min(1)
  .max(500, 'keep a web address under 500 characters')
  .regex(/^\S+$/, 'a web address has no spaces, such as https://ada.example.org')

/** A profile elsewhere: a social network (`Mastodon`, `GitHub`) or an instant-messaging handle (`XMPP`). */
export const Profile = z.strictObject({
  service: Text.trim().min(1, 'name the service, such as Mastodon').max(60),
  address: Text.trim().min(1, 'give the address or handle').max(500),
})
export type Profile = z.infer<typeof Profile>

const fields = {
  name,
  firstName: Text.trim()
    .max(100)
    .nullable()
    .describe('How to greet them; the first word of the name when empty'),
  organizationId: Id.nullable(),
  title: Text.trim().max(300).describe('Role or title'),
  careerIds: z.array(Id).max(100).describe('Careers they can speak to'),
  connection: ConnectionKind,
  connectionNote: Text.trim().max(1000).describe('What you share: "both studied maths in Bonn"'),
  source: Text.trim().max(200).describe('Where you found them'),
  linkedinUrl,
  emails: z.array(email).max(20),
  phones: z.array(Text.trim().min(1).max(40)).max(20),
  tags: z.array(Text.trim().min(1).max(60)).max(50),
  notes: Markdown,
  referredById: Id.nullable().describe('The person who referred you to them'),
  birthday,
  websites: z.array(website).max(20).describe('Web sites: a home page, a blog'),
  profiles: z.array(Profile).max(20).describe('Other profiles and instant-messaging handles'),
}

export const PersonCreate = createOf(fields, 'name')
export type PersonCreate = z.input<typeof PersonCreate>

export const PersonPatch = patchOf(fields)
export type PersonPatch = z.input<typeof PersonPatch>

export const Person = z.object({
  ...Ref.shape,
  firstName: Text.nullable(),
  organizationId: Text.nullable(),
  organization: Text.nullable().describe("The organization's name"),
  title: Text,
  careerIds: z.array(Text),
  careers: z.array(Text).describe("The careers' names"),
  connection: ConnectionKind,
  connectionNote: Text,
  source: Text,
  linkedinUrl: Text.nullable(),
  emails: z.array(Text),
  phones: z.array(Text),
  tags: z.array(Text),
  notes: Text,
  referredById: Text.nullable(),
  referredBy: Text.nullable().describe("The referrer's name"),
  birthday: Text.nullable(),
  websites: z.array(Text),
  profiles: z.array(z.object({ service: Text, address: Text })),
  ...recordStamps,
})
export type Person = z.infer<typeof Person>

/** A person as other records show them: who, and where they work. */
export const PersonRef = z.object({ ...Ref.shape, organization: Text.nullable() })
export type PersonRef = z.infer<typeof PersonRef>

export const personSorts = ['name', 'recent'] as const
export const PersonListQuery = Paging.extend({
  q: Text.max(200).optional().describe('Part of the name'),
  careerId: Id.optional(),
  organizationId: Id.optional(),
  tag: Text.max(60).optional(),
  referredById: Id.optional(),
  sort: z.enum(personSorts).default('name'),
})
export type PersonListQuery = z.input<typeof PersonListQuery>
