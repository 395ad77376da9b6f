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

const name = Text.trim()
  .min(1, 'give the organization a name')
  .max(200, 'keep the name under 200 characters')
const website = Text.trim()
  .max(500)
  .refine((v) => v === '' || isWebAddress(v), 'use a web address such as https://example.org')
  .nullable()

/** Whether `value` is a web address the API takes for a website (the scheme may be left out). */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`)
    return url.hostname.includes('.')
  } catch {
    return false
  }
}

/**
 * LAMP (The 2-Hour Job Search): Advocacy — alumni or a contact there;
 * Motivation 0–3 — the explorer's gut call, never filled in by the app;
 * Posting 1–3.
 */
const lamp = {
  advocacy: z.boolean().describe('An alumnus or a contact works there'),
  motivation: z
    .number()
    .int()
    .min(0, 'motivation goes from 0 to 3')
    .max(3, 'motivation goes from 0 to 3')
    .nullable()
    .describe('Your gut call, 0–3; empty until you decide'),
  posting: z
    .number()
    .int()
    .min(1, 'posting goes from 1 to 3')
    .max(3, 'posting goes from 1 to 3')
    .nullable()
    .describe('Relevant postings, 1–3'),
}

const fields = {
  name,
  website,
  industry: Text.trim().max(200),
  notes: Markdown,
  ...lamp,
  careerIds: z.array(Id).max(100).describe('Careers this organization is a target for'),
}

export const OrganizationCreate = createOf(fields, 'name')
export type OrganizationCreate = z.input<typeof OrganizationCreate>

export const OrganizationPatch = patchOf(fields)
export type OrganizationPatch = z.input<typeof OrganizationPatch>

export const Organization = z.object({
  ...Ref.shape,
  website: Text.nullable(),
  industry: Text,
  notes: Text,
  advocacy: z.boolean(),
  motivation: z.number().int().nullable(),
  posting: z.number().int().nullable(),
  careerIds: z.array(Text),
  careers: z.array(Ref),
  peopleCount: z.number().int(),
  ...recordStamps,
})
export type Organization = z.infer<typeof Organization>

export const organizationSorts = ['lamp', 'name', 'recent'] as const
export const OrganizationListQuery = Paging.extend({
  q: Text.max(200).optional(),
  careerId: Id.optional(),
  sort: z
    .enum(organizationSorts)
    .default('lamp')
    .describe('lamp: motivation, then posting, then advocacy'),
})
export type OrganizationListQuery = z.input<typeof OrganizationListQuery>
