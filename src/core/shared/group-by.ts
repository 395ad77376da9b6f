/**
 * The values of `rows` grouped by a key, each group in the rows' order, the
 * groups in the order their keys first appear.
 *
 * @example groupBy(links, (l) => l.person_id, (l) => ({ id: l.id, name: l.name })).get(personId)
 */
export function groupBy<T, V>(
  rows: Iterable<T>,
  keyOf: (row: T) => string,
  pick: (row: T) => V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(pick(row))
    else groups.set(key, [pick(row)])
  }
  return groups
}
