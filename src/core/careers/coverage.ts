import type { Ctx } from '../context.ts'
import type { Settings } from '../settings/schema.ts'
import { getSettings } from '../settings/service.ts'
import { groupBy } from '../shared/group-by.ts'
import { selectCareersByName, selectSpokenConversations } from './repo.ts'
import type { Coverage } from './schema.ts'

/**
 * Coverage — "talk to different people in the same career" — has one
 * definition, and this is it: the different people the explorer has spoken
 * with about a career (a met or thanked conversation about it or one of its
 * focus areas), from how many organizations (each person's organization),
 * against `coverageMinPeople` and `coverageMinOrganizations`. People merely
 * linked to a career, referrals nobody has written to and meetings still
 * ahead do not count. The Careers list, the career page, the board, Compare,
 * Today's under-covered careers, the CLI and the API all show these numbers.
 */

/** Conversation statuses in which the explorer has spoken with the person. */
const spokenStatuses: ReadonlySet<string> = new Set(['met', 'thanked'])

/** Whether a conversation in this status took place. */
export function spokeWith(status: string): boolean {
  return spokenStatuses.has(status)
}

/** The career and its focus areas, all the way down: coverage counts them all. */
export function careerScope(
  careers: ReadonlyArray<{ id: string; parentId: string | null }>,
  careerId: string,
): Set<string> {
  const scope = new Set([careerId])
  let grew = true
  while (grew) {
    grew = false
    for (const career of careers) {
      if (career.parentId && scope.has(career.parentId) && !scope.has(career.id)) {
        scope.add(career.id)
        grew = true
      }
    }
  }
  return scope
}

/** A conversation as coverage reads it. */
export interface CoverageConversation {
  person_id: string
  organization_id: string | null
  status: string
}

/**
 * The coverage of a career from its conversations (those about it or its
 * focus areas): the distinct people spoken with and their organizations.
 *
 * @example coverageOf([{ person_id: 'a', organization_id: 'n', status: 'met' }], { coverageMinPeople: 3, coverageMinOrganizations: 2 })
 * // { people: 1, organizations: 1, minPeople: 3, minOrganizations: 2, covered: false }
 */
export function coverageOf(
  conversations: Iterable<CoverageConversation>,
  settings: Pick<Settings, 'coverageMinPeople' | 'coverageMinOrganizations'>,
): Coverage {
  const people = new Set<string>()
  const organizations = new Set<string>()
  for (const c of conversations) {
    if (!spokeWith(c.status)) continue
    people.add(c.person_id)
    if (c.organization_id) organizations.add(c.organization_id)
  }
  return {
    people: people.size,
    organizations: organizations.size,
    minPeople: settings.coverageMinPeople,
    minOrganizations: settings.coverageMinOrganizations,
    covered:
      people.size >= settings.coverageMinPeople &&
      organizations.size >= settings.coverageMinOrganizations,
  }
}

function coverageByCareer(
  rows: ReadonlyArray<CoverageConversation & { career_id: string }>,
  careers: ReadonlyArray<{ id: string; parentId: string | null }>,
  settings: Pick<Settings, 'coverageMinPeople' | 'coverageMinOrganizations'>,
): Map<string, Coverage> {
  const byCareer = groupBy(
    rows,
    (row) => row.career_id,
    (row): CoverageConversation => row,
  )
  return new Map(
    careers.map((career) => {
      const scope = careerScope(careers, career.id)
      const conversations = [...scope].flatMap((id) => byCareer.get(id) ?? [])
      return [career.id, coverageOf(conversations, settings)]
    }),
  )
}

/**
 * The coverage of every career given, by career id, read in one query.
 *
 * @example (await careersCoverage(ctx, careers, settings)).get(careerId)?.covered
 */
export async function careersCoverage(
  ctx: Ctx,
  careers: ReadonlyArray<{ id: string; parentId: string | null }>,
  settings: Pick<Settings, 'coverageMinPeople' | 'coverageMinOrganizations'>,
): Promise<Map<string, Coverage>> {
  return coverageByCareer(await selectSpokenConversations(ctx, spokenStatuses), careers, settings)
}

/** A career (not dropped) with its coverage, for Today. */
export type CareerCoverageLine = Coverage & { id: string; name: string }

/**
 * Every career being explored (not dropped) with its coverage, by name.
 *
 * @example (await careerCoverageLines(ctx)).filter((c) => !c.covered)
 */
export async function careerCoverageLines(
  ctx: Ctx,
  known?: Pick<Settings, 'coverageMinPeople' | 'coverageMinOrganizations'>,
): Promise<CareerCoverageLine[]> {
  const [settings, careers, rows] = await Promise.all([
    known ?? getSettings(ctx),
    selectCareersByName(ctx),
    selectSpokenConversations(ctx, spokenStatuses),
  ])
  const coverage = coverageByCareer(rows, careers, settings)
  return careers.flatMap((career) => {
    const c = coverage.get(career.id)
    return career.status === 'dropped' || !c ? [] : [{ id: career.id, name: career.name, ...c }]
  })
}
