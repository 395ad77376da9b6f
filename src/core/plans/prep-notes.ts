import type { PrepSheet } from './prep-schema.ts'

/**
 * The background notes of a prep sheet, each with its title, in the order
 * the Markdown and the HTML sheet show them (empty ones included; the
 * renderings leave those out).
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
