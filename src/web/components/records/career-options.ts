import type { Career } from '../../../core/careers/schema.ts'

/** "Data scientist › ML in healthcare": a career with the careers it narrows. */
export function careerLabel(career: Pick<Career, 'name' | 'path'>): string {
  return [...career.path, career.name].join(' › ')
}

export function careerOptions(
  careers: readonly Career[],
  exclude: ReadonlySet<string> = new Set(),
) {
  return careers
    .filter((c) => !exclude.has(c.id))
    .map((c) => ({ value: c.id, label: careerLabel(c) }))
}

/** A career and every focus area below it, at any depth. */
export function withDescendants(careers: readonly Career[], id: string): Set<string> {
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const career of careers) {
      if (career.parentId && found.has(career.parentId) && !found.has(career.id)) {
        found.add(career.id)
        grew = true
      }
    }
  }
  return found
}
