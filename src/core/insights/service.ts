import { type CareerNode, careerOutline } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { NotFoundError } from '../errors.ts'
import { questionProblems } from '../questions/problems.ts'
import { getSettings } from '../settings/service.ts'
import { parseInput } from '../validate.ts'
import { careerScope, computeBoard } from './board.ts'
import { loadEvidence } from './repo.ts'
import {
  type CareerBoard,
  type CareerComparison,
  CompareQuery,
  type NextSuggestion,
  type SuggestedQuestion,
} from './schema.ts'
import { statementKey } from './statistics.ts'

// Counts and coverage come from the evidence: the careers themselves are one statement.
async function allCareers(ctx: Ctx): Promise<CareerNode[]> {
  return careerOutline(ctx)
}

/**
 * The career board: conversations, comparison grid with single-source marks
 * and gaps, pros and cons with counts, pay ledger, fit trend and coverage.
 * A career's focus areas count toward it. The one function behind
 * `GET /api/careers/{id}/board`, `coffeechat careers show --json` and the web page.
 *
 * @example const board = await getCareerBoard(ctx, careerId)
 */
export async function getCareerBoard(ctx: Ctx, careerId: string): Promise<CareerBoard> {
  const [careers, evidence, settings] = await Promise.all([
    allCareers(ctx),
    loadEvidence(ctx),
    getSettings(ctx),
  ])
  const career = careers.find((c) => c.id === careerId)
  if (!career) throw new NotFoundError('career', careerId)
  return computeBoard(evidence, careers, career, settings)
}

/**
 * Careers side by side, in tree order, dropped ones included and marked:
 * conversations, people, organizations, mean fit and its trend, pay per
 * currency, top pros and cons, training needed. Every figure is the one the
 * career's board shows. Behind `GET /api/careers/compare` and `coffeechat careers compare`.
 *
 * @example const rows = await compareCareers(ctx, { top: 3 })
 */
export async function compareCareers(ctx: Ctx, query: unknown = {}): Promise<CareerComparison[]> {
  const { ids, top } = parseInput(CompareQuery, query)
  const [careers, evidence, settings] = await Promise.all([
    allCareers(ctx),
    loadEvidence(ctx),
    getSettings(ctx),
  ])
  const wanted = ids ? careers.filter((c) => ids.includes(c.id)) : careers
  if (ids) {
    const missing = ids.find((id) => !careers.some((c) => c.id === id))
    if (missing) throw new NotFoundError('career', missing)
  }
  return wanted.map((career) => {
    const board = computeBoard(evidence, careers, career, settings)
    const { points: _points, ...fit } = board.fit
    return {
      career: board.career,
      conversations: board.conversations.filter((c) => c.held).length,
      upcoming: board.conversations.filter((c) => c.status === 'scheduled' && !c.held).length,
      people: board.coverage.people,
      organizations: board.coverage.organizations,
      fit,
      pay: board.pay.ranges,
      pros: board.pros.slice(0, top),
      cons: board.cons.slice(0, top),
      training: board.training,
      gaps: board.gaps,
      coverage: board.coverage,
    }
  })
}

const specificityOrder = (s: string) => (s === 'specific' ? 0 : s === 'general' ? 2 : 1)

/**
 * What the next conversation should cover, per career that is not dropped
 * (or for one career): the topics nobody has answered, the career's specific
 * questions not asked yet (those raised in reflections first; none the
 * etiquette guard flags), and whether
 * the career is below the coverage target. For the Today agenda and the plan.
 *
 * @example const [next] = await suggestNext(ctx, careerId)
 */
export async function suggestNext(ctx: Ctx, careerId?: string): Promise<NextSuggestion[]> {
  const [careers, evidence, settings] = await Promise.all([
    allCareers(ctx),
    loadEvidence(ctx),
    getSettings(ctx),
  ])
  if (careerId && !careers.some((c) => c.id === careerId))
    throw new NotFoundError('career', careerId)
  const chosen = careerId
    ? careers.filter((c) => c.id === careerId)
    : careers.filter((c) => c.status !== 'dropped')
  return chosen.map((career) => {
    const board = computeBoard(evidence, careers, career, settings)
    const scope = careerScope(careers, career.id)
    // Never a question the etiquette guard flags: the board is advice too.
    // One line per question: a reflection files its questions under every career of the
    // conversation, so a career and its focus area can hold the same words (asked in either).
    const inScope = evidence.questions.filter((q) => scope.has(q.career_id))
    const askedTexts = new Set(inScope.filter((q) => q.asked).map((q) => statementKey(q.text)))
    const seen = new Set<string>()
    const questions: SuggestedQuestion[] = inScope
      .filter((q) => !askedTexts.has(statementKey(q.text)) && questionProblems(q.text).length === 0)
      .sort(
        (a, b) =>
          Number(b.origin === 'reflection') - Number(a.origin === 'reflection') ||
          specificityOrder(a.specificity) - specificityOrder(b.specificity) ||
          a.created_at.localeCompare(b.created_at) ||
          a.id.localeCompare(b.id),
      )
      .filter((q) => {
        const key = statementKey(q.text)
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      .map((q) => ({
        id: q.id,
        text: q.text,
        topic: q.topic,
        specificity: q.specificity,
        origin: q.origin,
        careerId: q.career_id,
      }))
    const below = !board.coverage.covered
    const hints: string[] = []
    if (below) {
      const { people, organizations, minPeople, minOrganizations } = board.coverage
      hints.push(
        `${career.name}: ${people} of ${minPeople} people spoken with, from ${organizations} of ${minOrganizations} organizations; talk to someone new${organizations < minOrganizations ? ' at another organization' : ''}`,
      )
    }
    if (board.gaps.length > 0) {
      hints.push(
        `${career.name}: nobody has told you about ${board.gaps.map((g) => g.label.toLowerCase()).join(', ')} yet`,
      )
    }
    if (questions.length > 0) {
      hints.push(
        `${career.name}: ${questions.length} specific question${questions.length === 1 ? '' : 's'} not asked yet, such as “${questions[0]?.text}”`,
      )
    }
    return {
      careerId: career.id,
      career: career.name,
      gaps: board.gaps,
      questions,
      coverage: board.coverage,
      belowCoverage: below,
      hints,
    }
  })
}
