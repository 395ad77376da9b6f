import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { jsonList } from '../shared/stored-lists.ts'
import { parseInput } from '../validate.ts'
import { canonicalEmail, compatibleMiddles, emailReason, nameWords, shortName } from './keys.ts'
import {
  type CandidateRow,
  insertDismissal,
  selectCandidates,
  selectDismissals,
  selectExistingPeople,
} from './repo.ts'
import {
  DuplicateDismiss,
  type DuplicateList,
  DuplicateListQuery,
  type DuplicatePerson,
  type DuplicateRule,
  type DuplicateSuggestion,
} from './schema.ts'

/**
 * A key shared by more people than this says nothing about any two of them
 * (a shared inbox, a placeholder name): such a group is not suggested, which
 * also keeps the pairs of one group from growing with the square of its size.
 */
export const largestGroup = 20

interface Member {
  row: CandidateRow
  /** The address that gave an email key, as the person has it. */
  address?: string
}

interface Pair {
  person: CandidateRow
  other: CandidateRow
  rules: Set<DuplicateRule>
  reasons: string[]
}

/**
 * People who are likely one person, as pairs, each with why: the same name
 * (accents and capitals aside; "at Acme" when the organization is the same
 * too), a name with and without a middle name or initial at the same
 * organization, an email address that differs only in capitals (and for
 * Gmail in dots, a `+tag` or googlemail.com). Pairs the explorer dismissed
 * are left out. One read of the people and one of the dismissals, then one
 * pass that groups them by key: the cost grows with the people, not with
 * their pairs.
 *
 * @example (await findDuplicates(ctx)).items[0]?.reasons // ['same name at Acme']
 */
export async function findDuplicates(ctx: Ctx, query: unknown = {}): Promise<DuplicateList> {
  const { limit, personId } = parseInput(DuplicateListQuery, query)
  const [rows, dismissals] = await Promise.all([selectCandidates(ctx), selectDismissals(ctx)])
  const dismissed = new Set(dismissals.map((d) => pairKey(d.person_id, d.other_id)))
  // One map per rule, keyed without building strings where a map of maps will do;
  // people are wrapped with the address that matched only in the (few) groups that pair.
  const byName = new Map<string, CandidateRow[]>()
  const byEmail = new Map<string, Member[]>()
  const byShortName = new Map<string, Map<string, CandidateRow[]>>()
  const shortNameGroup = (row: CandidateRow, create: boolean) => {
    const short = shortName(row.name_key)
    const org = row.organization_id ?? ''
    let inOrg = byShortName.get(org)
    if (!inOrg) {
      if (!create) return
      inOrg = new Map()
      byShortName.set(org, inOrg)
    }
    const group = inOrg.get(short)
    if (group || !create) return group
    const made: CandidateRow[] = []
    inOrg.set(short, made)
    return made
  }
  const twoWordNames: CandidateRow[] = []
  for (const row of rows) {
    const named = byName.get(row.name_key)
    if (named) named.push(row)
    else byName.set(row.name_key, [row])
    // A middle name needs three words: only those open a group, two-word names join one.
    const words = row.name_key.split(' ').length
    if (words >= 3) shortNameGroup(row, true)?.push(row)
    else if (words === 2) twoWordNames.push(row)
    if (row.emails === '[]') continue
    const addresses = jsonList(row.emails)
    const seen = addresses.length > 1 ? new Set<string>() : null
    for (const address of addresses) {
      const canonical = canonicalEmail(address)
      if (!canonical || seen?.has(canonical.key)) continue
      seen?.add(canonical.key)
      const group = byEmail.get(canonical.key)
      if (group) group.push({ row, address })
      else byEmail.set(canonical.key, [{ row, address }])
    }
  }
  for (const row of twoWordNames) shortNameGroup(row, false)?.push(row)

  const pairs = new Map<string, Pair>()
  const pairUp = (kind: 'n' | 'm' | 'e', members: readonly Member[]) => {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = inOrder(members[i] as Member, members[j] as Member)
        if (a.row.id === b.row.id) continue
        const id = pairKey(a.row.id, b.row.id)
        if (dismissed.has(id)) continue
        const found =
          kind === 'n' ? sameName(a, b) : kind === 'm' ? middleName(a, b) : sameEmail(a, b)
        if (!found) continue
        const pair = pairs.get(id) ?? newPair(a.row, b.row)
        pair.rules.add(found.rule)
        pair.reasons.push(found.reason)
        pairs.set(id, pair)
      }
    }
  }
  const pairable = (group: readonly unknown[]) => group.length >= 2 && group.length <= largestGroup
  for (const group of byName.values())
    if (pairable(group))
      pairUp(
        'n',
        group.map((row) => ({ row })),
      )
  for (const inOrg of byShortName.values())
    for (const group of inOrg.values())
      if (pairable(group))
        pairUp(
          'm',
          group.map((row) => ({ row })),
        )
  for (const group of byEmail.values()) if (pairable(group)) pairUp('e', group)
  const all = [...pairs.values()]
    .filter((p) => !personId || p.person.id === personId || p.other.id === personId)
    .sort(
      (x, y) =>
        y.rules.size - x.rules.size ||
        compare(x.person.name_key, y.person.name_key) ||
        compare(x.person.id, y.person.id) ||
        compare(x.other.id, y.other.id),
    )
  return { items: all.slice(0, limit).map(toSuggestion), total: all.length }
}

/**
 * "Not the same person": the pair is kept (either order) and never
 * suggested again.
 *
 * @example await dismissDuplicate(ctx, { personId: ada.id, otherId: adaToo.id })
 */
export async function dismissDuplicate(ctx: Ctx, input: unknown): Promise<void> {
  const { personId, otherId } = parseInput(DuplicateDismiss, input)
  await inTransaction(ctx, async (tx) => {
    const existing = new Set(await selectExistingPeople(tx, [personId, otherId]))
    for (const id of [personId, otherId])
      if (!existing.has(id)) throw new NotFoundError('person', id)
    if (personId === otherId) throw invalid('otherId', 'a person is always the same as themselves')
    const [first, second] = personId < otherId ? [personId, otherId] : [otherId, personId]
    await insertDismissal(tx, {
      person_id: first,
      other_id: second,
      created_at: tx.now().toISOString(),
    })
  })
}

function sameName(a: Member, b: Member): { rule: DuplicateRule; reason: string } {
  const exact = a.row.name === b.row.name
  const rule: DuplicateRule = exact ? 'same-name' : 'accents-or-case'
  const what = exact
    ? 'same name'
    : `same name but for accents or capitals (${a.row.name}, ${b.row.name})`
  return { rule, reason: `${what}${organizations(a.row, b.row)}` }
}

function middleName(a: Member, b: Member): { rule: DuplicateRule; reason: string } | null {
  if (a.row.name_key === b.row.name_key) return null
  if (!compatibleMiddles(a.row.name_key, b.row.name_key)) return null
  const [middleA, middleB] = [a, b].map((m) => nameWords(m.row.name_key).slice(1, -1))
  const initial =
    (middleA?.length ?? 0) > 0 && (middleB?.length ?? 0) > 0
      ? true
      : [...(middleA ?? []), ...(middleB ?? [])].every((word) => word.length === 1)
  const what = initial ? 'a middle initial' : 'a middle name'
  const at = a.row.organization_name ? `, both at ${a.row.organization_name}` : ''
  return {
    rule: 'middle-name',
    reason: `${a.row.name} and ${b.row.name} differ only by ${what}${at}`,
  }
}

function sameEmail(a: Member, b: Member): { rule: DuplicateRule; reason: string } {
  return { rule: 'email', reason: emailReason(a.address ?? '', b.address ?? '') }
}

/** " at Acme" for one organization, ", at Acme and at Initech" for two, nothing when unknown. */
function organizations(a: CandidateRow, b: CandidateRow): string {
  if (a.organization_id && a.organization_id === b.organization_id)
    return ` at ${a.organization_name}`
  if (a.organization_name && b.organization_name)
    return `, at ${a.organization_name} and at ${b.organization_name}`
  return ''
}

function newPair(person: CandidateRow, other: CandidateRow): Pair {
  return { person, other, rules: new Set(), reasons: [] }
}

/** The one added first first: merging keeps them by default, and reasons name them first. */
function inOrder(a: Member, b: Member): [Member, Member] {
  const aFirst =
    a.row.created_at < b.row.created_at ||
    (a.row.created_at === b.row.created_at && a.row.id < b.row.id)
  return aFirst ? [a, b] : [b, a]
}

function toSuggestion(pair: Pair): DuplicateSuggestion {
  return {
    person: toPerson(pair.person),
    other: toPerson(pair.other),
    rules: [...pair.rules],
    reasons: pair.reasons,
  }
}

function toPerson(row: CandidateRow): DuplicatePerson {
  return {
    id: row.id,
    name: row.name,
    organization: row.organization_name,
    title: row.title,
    emails: jsonList(row.emails),
    createdAt: row.created_at,
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
