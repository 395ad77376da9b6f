import type { PrepSheet } from './prep-schema.ts'

/** A labelled value of the sheet; an empty one is left out when shown. */
export type PrepFact = readonly [string, string | null | undefined]

// What the Markdown and the HTML prep sheet both show, in their order; each
// rendering only decides how it looks.

/** The line under the title: the person's title and organization. */
export function prepSubtitle({ who }: PrepSheet): string {
  return [who.title, who.organization].filter(Boolean).join(', ')
}

/** Who the person is. */
export function whoFacts({ who }: PrepSheet): PrepFact[] {
  return [
    ['Name', who.name],
    ['Title', who.title],
    ['Organization', who.organization],
    ['Connection', [who.connection, who.connectionNote].filter(Boolean).join(' — ')],
    ['Referred by', who.referredBy],
    ['Email', who.emails.join(', ')],
    ['LinkedIn', who.linkedinUrl],
  ]
}

/** When and where the conversation is. */
export function whenFacts({ when, where }: PrepSheet): PrepFact[] {
  return [
    ['When', when.local ? `${when.local} (${when.timeZone})` : 'not scheduled yet'],
    ['Length', `${when.minutes} minutes promised`],
    ['Format', where.format],
    ['Place', where.place],
  ]
}

/**
 * The background notes of a prep sheet, each with its title (empty ones
 * included; the renderings leave those out).
 *
 * @example backgroundNotes(sheet)[1]?.[0] // 'About Amara Okafor'
 */
export function backgroundNotes({ who, background }: PrepSheet): Array<[string, string]> {
  return [
    ['Research notes', background.researchNotes],
    [`About ${who.name}`, background.personNotes],
    [
      who.organization ? `About ${who.organization}` : 'About the organization',
      background.organizationNotes,
    ],
  ]
}
