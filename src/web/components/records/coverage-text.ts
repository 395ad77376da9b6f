import type { Coverage } from '../../../core/careers/schema.ts'

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

/**
 * Coverage in words, the same on every page: "2 of 3 people spoken with,
 * from 1 of 2 organizations" (see src/core/careers/coverage.ts).
 */
export function coverageText(coverage: Coverage): string {
  return `${coverage.people} of ${coverage.minPeople} ${plural(coverage.minPeople, 'person', 'people')} spoken with, from ${coverage.organizations} of ${coverage.minOrganizations} ${plural(coverage.minOrganizations, 'organization', 'organizations')}`
}

/** What is missing, as advice: "Talk to 1 more person, at another organization." Null when covered. */
export function coverageAdvice(coverage: Coverage): string | null {
  if (coverage.covered) return null
  const people = Math.max(0, coverage.minPeople - coverage.people)
  const elsewhere = coverage.organizations < coverage.minOrganizations
  if (people === 0) return 'Talk to someone at another organization to hear more than one side.'
  return `Talk to ${people} more ${plural(people, 'person', 'people')}${elsewhere ? ', at another organization,' : ''} to hear more than one side.`
}
