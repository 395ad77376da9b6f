import { z } from 'zod'
import { today } from '../core/agenda/service.ts'
import { CareerListQuery } from '../core/careers/schema.ts'
import { getCareer, listCareers } from '../core/careers/service.ts'
import { ConversationListQuery } from '../core/conversations/schema.ts'
import { getConversation, listConversations } from '../core/conversations/service.ts'
import { DuplicateListQuery } from '../core/duplicates/schema.ts'
import { findDuplicates } from '../core/duplicates/service.ts'
import { CompareQuery } from '../core/insights/schema.ts'
import { compareCareers, getCareerBoard } from '../core/insights/service.ts'
import { listFindings } from '../core/mail/proposals.ts'
import { findingStatuses } from '../core/mail/schema.ts'
import { mailStatus } from '../core/mail/settings.ts'
import { getMeeting } from '../core/meetings/service.ts'
import { OrganizationListQuery } from '../core/organizations/schema.ts'
import { getOrganization, listOrganizations } from '../core/organizations/service.ts'
import { personOutreach } from '../core/outreach/cadence-service.ts'
import { PersonListQuery } from '../core/people/schema.ts'
import { getPerson, listPeople } from '../core/people/service.ts'
import { SuggestInput } from '../core/plans/schema.ts'
import { getPlan } from '../core/plans/service.ts'
import { suggestPlan } from '../core/plans/suggest.ts'
import { QuestionListQuery } from '../core/questions/schema.ts'
import { listQuestions } from '../core/questions/service.ts'
import { getReflection } from '../core/reflections/service.ts'
import { SearchQuery } from '../core/search/schema.ts'
import { search } from '../core/search/service.ts'
import { Id } from '../core/shared/schema.ts'
import { defineTool, type McpTool } from './tool.ts'

const byId = (what: string) => z.object({ id: Id.describe(`The ${what}'s id`) }).strict()
const ofConversation = z.object({ conversationId: Id.describe("The conversation's id") }).strict()

/** The list-and-get pair of one kind of record. */
function records(spec: {
  plural: string
  singular: string
  query: z.ZodObject
  // The services parse their query themselves (it is the REST list query).
  list: (ctx: Parameters<McpTool['run']>[0], query: unknown) => Promise<unknown>
  get: (ctx: Parameters<McpTool['run']>[0], id: string) => Promise<unknown>
}): McpTool[] {
  const noun = spec.singular.replace('_', ' ')
  return [
    defineTool({
      name: `list_${spec.plural}`,
      title: `List ${spec.plural.replace('_', ' ')}`,
      description: `The explorer's ${spec.plural.replace('_', ' ')}, one page at a time (limit, offset), with filters.`,
      input: spec.query.strict(),
      writes: false,
      run: (ctx, query) => spec.list(ctx, query),
    }),
    defineTool({
      name: `get_${spec.singular}`,
      title: `Read a ${noun}`,
      description: `One ${noun}, by id, with everything the app shows about it.`,
      input: byId(noun),
      writes: false,
      run: (ctx, { id }) => spec.get(ctx, id),
    }),
  ]
}

/** Every tool that only reads. */
export const readTools: McpTool[] = [
  defineTool({
    name: 'today',
    title: 'Today',
    description:
      "The explorer's agenda: what is due (follow-ups by the 3B7 rule, thank-yous, reflections, preparation), most urgent first.",
    input: z.object({}).strict(),
    writes: false,
    run: (ctx) => today(ctx),
  }),
  defineTool({
    name: 'search',
    title: 'Search',
    description:
      'Full-text search over people, organizations, careers, conversation notes, answers, reflections and questions.',
    input: SearchQuery.strict(),
    writes: false,
    run: (ctx, query) => search(ctx, query),
  }),
  ...records({
    plural: 'people',
    singular: 'person',
    query: PersonListQuery,
    list: listPeople,
    get: getPerson,
  }),
  ...records({
    plural: 'organizations',
    singular: 'organization',
    query: OrganizationListQuery,
    list: listOrganizations,
    get: getOrganization,
  }),
  ...records({
    plural: 'careers',
    singular: 'career',
    query: CareerListQuery,
    list: listCareers,
    get: getCareer,
  }),
  ...records({
    plural: 'conversations',
    singular: 'conversation',
    query: ConversationListQuery,
    list: listConversations,
    get: getConversation,
  }),
  defineTool({
    name: 'career_board',
    title: 'Career board',
    description:
      'Everything heard about one career: the grid of answers by topic and person (rows marked singleSource are one person’s view only), the gaps nobody has answered, pros and cons with how many said each, the pay ledger and ranges, the fit trend and coverage.',
    input: z.object({ careerId: Id.describe("The career's id") }).strict(),
    writes: false,
    run: (ctx, { careerId }) => getCareerBoard(ctx, careerId),
  }),
  defineTool({
    name: 'compare_careers',
    title: 'Compare careers',
    description:
      'Careers side by side: conversations held, people, fit trend, pay ranges, the most-said pros and cons, and gaps.',
    input: CompareQuery,
    writes: false,
    run: async (ctx, query) => ({ careers: await compareCareers(ctx, query) }),
  }),
  defineTool({
    name: 'question_bank',
    title: 'Question bank',
    description:
      'The questions to ask, by topic, TIARA letter and career, with how often each was asked.',
    input: QuestionListQuery.strict(),
    writes: false,
    run: (ctx, query) => listQuestions(ctx, query),
  }),
  defineTool({
    name: 'plan',
    title: 'Question plan',
    description:
      'The questions planned for one conversation, in order, with their state (planned, asked, skipped), answers and warnings.',
    input: ofConversation,
    writes: false,
    run: (ctx, { conversationId }) => getPlan(ctx, conversationId),
  }),
  defineTool({
    name: 'suggest_plan',
    title: 'Suggest a plan',
    description:
      'Questions coffeechat suggests for a conversation, each with why (carried over, raised in a reflection, a gap of the career, the bank). Adds nothing: use add_plan_questions for the ones to keep.',
    input: ofConversation.extend({ count: SuggestInput.shape.count }),
    writes: false,
    run: (ctx, { conversationId, count }) =>
      suggestPlan(ctx, conversationId, count === undefined ? {} : { count }),
  }),
  defineTool({
    name: 'meeting_notes',
    title: 'Meeting notes',
    description:
      'The research notes and the notes taken during one conversation, its start and end, and the referrals given.',
    input: ofConversation,
    writes: false,
    run: (ctx, { conversationId }) => getMeeting(ctx, conversationId),
  }),
  defineTool({
    name: 'reflection',
    title: 'Reflection',
    description:
      'What the explorer wrote after one conversation: takeaways, pros, cons, day-to-day, training, pay heard, fit rating, questions for next time.',
    input: ofConversation,
    writes: false,
    run: (ctx, { conversationId }) => getReflection(ctx, conversationId),
  }),
  defineTool({
    name: 'mail_status',
    title: 'Mailbox status',
    description:
      "Whether the explorer's mailbox is connected (read-only IMAP), when it was last checked, the last error, and how many findings wait to be confirmed. Never the password.",
    input: z.object({}).strict(),
    writes: false,
    run: async (ctx) => ({ mail: await mailStatus(ctx) }),
  }),
  defineTool({
    name: 'mail_findings',
    title: 'Mail found about known people',
    description:
      "What the mail checks found about the explorer's people, newest first: replies, auto-replies (with the last day away), bounces, and messages sent from another mail client; each proposed, confirmed, dismissed or applied. Filter by personId or status.",
    input: z
      .object({
        personId: Id.optional().describe("Only this person's"),
        status: z.enum(findingStatuses).optional().describe('Only findings in this state'),
      })
      .strict(),
    writes: false,
    run: async (ctx, filter) => ({ findings: await listFindings(ctx, filter) }),
  }),
  defineTool({
    name: 'cadence_status',
    title: 'Outreach status of a person',
    description:
      'Where reaching one person stands by the 3B7 routine: attempts, reply, when the second contact or follow-up is due, and what to do next.',
    input: z.object({ personId: Id.describe("The person's id") }).strict(),
    writes: false,
    run: async (ctx, { personId }) => {
      // The 3B7 status is computed from messages alone: the person must be the explorer's.
      await getPerson(ctx, personId)
      return personOutreach(ctx, personId)
    },
  }),
  defineTool({
    name: 'list_duplicates',
    title: 'Likely duplicate people',
    description:
      "Pairs of people who are likely one person, each with why (the same name at one organization, a middle name more or less, an email address written differently). Merging is the explorer's call, in the app.",
    input: DuplicateListQuery.strict(),
    writes: false,
    run: (ctx, query) => findDuplicates(ctx, query),
  }),
]
