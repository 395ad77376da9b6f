import type { AccessToken } from '../core/access-tokens/schema.ts'
import type { Today } from '../core/agenda/schema.ts'
import type { Career } from '../core/careers/schema.ts'
import type { Ctx } from '../core/context.ts'
import type { Conversation } from '../core/conversations/schema.ts'
import type { CareerBoard, CareerComparison } from '../core/insights/schema.ts'
import type { Meeting } from '../core/meetings/schema.ts'
import type { Organization } from '../core/organizations/schema.ts'
import type { Message, UnsendResult } from '../core/outreach/schema.ts'
import type { Person } from '../core/people/schema.ts'
import type { PrepSheet } from '../core/plans/prep-schema.ts'
import type { Plan, PlanItem, SuggestAnswer } from '../core/plans/schema.ts'
import type { ReferralAsk } from '../core/referral-asks/schema.ts'
import type { MeetingHeard, Reflection } from '../core/reflections/schema.ts'
import type { SearchResult } from '../core/search/schema.ts'
import type { Settings } from '../core/settings/schema.ts'

/** The records a command may name by name or id. */
export type RefKind = 'person' | 'organization' | 'career' | 'message' | 'reflection' | 'question'

type Filters = Record<string, string | number | boolean | undefined>

/** What every kind of record can do: be listed, read, made and changed. */
export interface RecordSource<T> {
  list(filters: Filters): Promise<T[]>
  get(id: string): Promise<T>
  create(input: Record<string, unknown>): Promise<T>
  update(id: string, patch: Record<string, unknown>): Promise<T>
}

/** The records a command may delete (`people rm`, `drafts rm`, …). */
export type RemovableKind = 'person' | 'organization' | 'career' | 'conversation' | 'message'

/**
 * Where a CLI command's data comes from: the local data directory (the core
 * services on a database) or a coffeechat server (its REST API, with a
 * personal access token). Each command's action is written once against this
 * and prints the same either way; `session.source(command)` picks one.
 * Inputs are what the REST API takes (the core validates them in both).
 */
export interface CliSource {
  readonly remote: boolean
  /** The id a name (or id) stands for, with the local command's rules and messages. */
  resolve(kind: RefKind, ref: string, field?: string): Promise<string>
  /** Deletes one record, as its `rm` command does. */
  remove(kind: RemovableKind, id: string): Promise<void>
  settings(): Promise<Settings>
  today(): Promise<Today>
  search(query: { q: string; kind?: string | undefined; limit?: number }): Promise<SearchResult[]>
  people: RecordSource<Person> & {
    referralAsk(id: string): Promise<ReferralAsk>
    /** The person's addresses that bounced, among those they still have (from the mail check). */
    bouncingEmails(person: Person): Promise<string[]>
  }
  /** The explorer's access tokens (a server answers this to a signed-in session only). */
  tokens(): Promise<AccessToken[]>
  organizations: RecordSource<Organization> & {
    /** By id or name, or made with that name when there is none. */
    findOrCreate(
      ref: string,
      field: string,
    ): Promise<{ organization: Organization; created: boolean }>
  }
  careers: RecordSource<Career> & {
    board(id: string): Promise<CareerBoard>
    compare(query: { ids?: string[] | undefined; top: string }): Promise<CareerComparison[]>
  }
  conversations: RecordSource<Conversation>
  plans: {
    get(conversationId: string): Promise<Plan>
    prep(conversationId: string): Promise<PrepSheet>
    suggest(
      conversationId: string,
      input: { count?: number; apply: boolean },
    ): Promise<SuggestAnswer>
    addItems(conversationId: string, input: Record<string, unknown>): Promise<Plan>
    removeItem(itemId: string): Promise<Plan>
    updateItem(itemId: string, patch: Record<string, unknown>): Promise<PlanItem>
  }
  meetings: {
    get(conversationId: string): Promise<Meeting>
    update(conversationId: string, patch: Record<string, unknown>): Promise<Meeting>
    /** Starts (or ends) the clock, `at` an ISO instant or now. */
    mark(conversationId: string, verb: 'start' | 'end', at: string | undefined): Promise<Meeting>
    /** A person referred by the one met ("who else should I talk to?"). */
    refer(
      conversationId: string,
      input: Record<string, unknown>,
    ): Promise<{ person: Person; created: boolean }>
  }
  reflections: {
    get(conversationId: string): Promise<Reflection>
    save(conversationId: string, patch: Record<string, unknown>): Promise<Reflection>
    /** Next person number `index` (from 0) as a person referred by the one met. */
    addNextPerson(conversationId: string, index: number): Promise<Reflection>
    heard(conversationId: string): Promise<MeetingHeard>
  }
  messages: RecordSource<Message> & {
    /** Fills in the {variables} coffeechat now knows. */
    fill(id: string): Promise<Message>
    /** Takes back a message marked sent by mistake. */
    unsend(id: string): Promise<UnsendResult>
    /** "I sent it myself": records a draft as sent (`send --sent`). */
    markSent(id: string, input: Record<string, unknown>): Promise<Message>
  }
}

/** A record kind's core service, as `localRecords` calls it. */
interface RecordService<T> {
  list(ctx: Ctx, query: unknown, options: { all: true }): Promise<{ items: T[] }>
  get(ctx: Ctx, id: string): Promise<T>
  create(ctx: Ctx, input: unknown): Promise<T>
  update(ctx: Ctx, id: string, patch: unknown): Promise<T>
}

/** A record kind on the local data: listed whole, read, made and changed by its core service. */
function localRecords<T>(ctx: Ctx, service: () => Promise<RecordService<T>>): RecordSource<T> {
  return {
    list: async (filters) => (await (await service()).list(ctx, filters, { all: true })).items,
    get: async (id) => (await service()).get(ctx, id),
    create: async (input) => (await service()).create(ctx, input),
    update: async (id, patch) => (await service()).update(ctx, id, patch),
  }
}

/** The local data directory: the core services, loaded when first used. */
export function localSource(ctx: Ctx): CliSource {
  const people = () => import('../core/people/service.ts')
  const organizations = () => import('../core/organizations/service.ts')
  const careers = () => import('../core/careers/service.ts')
  const conversations = () => import('../core/conversations/service.ts')
  const outreach = () => import('../core/outreach/service.ts')
  const insights = () => import('../core/insights/service.ts')
  const resolvers: Record<RefKind, (ref: string, field: string) => Promise<{ id: string }>> = {
    person: async (ref, field) => (await people()).resolvePerson(ctx, ref, field),
    organization: async (ref, field) =>
      (await organizations()).resolveOrganization(ctx, ref, field),
    career: async (ref, field) => (await careers()).resolveCareer(ctx, ref, field),
    message: async (ref) => (await outreach()).resolveMessage(ctx, ref),
    question: async (ref, field) =>
      (await import('../core/questions/service.ts')).resolveQuestion(ctx, ref, field),
    reflection: async (ref) => ({
      id: await (await import('../core/reflections/resolve.ts')).resolveReflectedConversationId(
        ctx,
        ref,
      ),
    }),
  }
  const reflections = () => import('../core/reflections/service.ts')
  return {
    remote: false,
    resolve: async (kind, ref, field = kind) => (await resolvers[kind](ref, field)).id,
    remove: async (kind, id) => {
      if (kind === 'person') return (await people()).deletePerson(ctx, id)
      if (kind === 'organization') return (await organizations()).deleteOrganization(ctx, id)
      if (kind === 'career') return (await careers()).deleteCareer(ctx, id)
      if (kind === 'conversation') return (await conversations()).deleteConversation(ctx, id)
      return (await outreach()).deleteMessage(ctx, id)
    },
    settings: async () => (await import('../core/settings/service.ts')).getSettings(ctx),
    today: async () => (await import('../core/agenda/service.ts')).today(ctx),
    search: async (query) =>
      (await import('../core/search/service.ts')).search(ctx, {
        q: query.q,
        kinds: query.kind?.split(',').map((k) => k.trim()),
        limit: query.limit,
      }),
    tokens: async () => (await import('../core/access-tokens/service.ts')).listAccessTokens(ctx),
    people: {
      ...localRecords(ctx, async () => {
        const { listPeople, getPerson, createPerson, updatePerson } = await people()
        return { list: listPeople, get: getPerson, create: createPerson, update: updatePerson }
      }),
      referralAsk: async (id) =>
        (await import('../core/referral-asks/service.ts')).referralAskFor(ctx, id),
      bouncingEmails: async (person) =>
        (await import('../core/mail/proposals.ts')).bouncedAddresses(ctx, person.id),
    },
    organizations: {
      ...localRecords(ctx, async () => {
        const service = await organizations()
        return {
          list: service.listOrganizations,
          get: service.getOrganization,
          create: service.createOrganization,
          update: service.updateOrganization,
        }
      }),
      findOrCreate: async (ref, field) =>
        (await organizations()).findOrCreateOrganization(ctx, ref, field),
    },
    careers: {
      // listCareers takes no `all`: the page its query asks for, as ever.
      ...localRecords(ctx, async () => {
        const { listCareers, getCareer, createCareer, updateCareer } = await careers()
        return { list: listCareers, get: getCareer, create: createCareer, update: updateCareer }
      }),
      board: async (id) => (await insights()).getCareerBoard(ctx, id),
      compare: async (query) => (await insights()).compareCareers(ctx, query),
    },
    conversations: localRecords(ctx, async () => {
      const service = await conversations()
      return {
        list: service.listConversations,
        get: service.getConversation,
        create: service.createConversation,
        update: service.updateConversation,
      }
    }),
    plans: {
      get: async (id) => (await import('../core/plans/service.ts')).getPlan(ctx, id),
      prep: async (id) => (await import('../core/plans/prep-sheet.ts')).prepSheet(ctx, id),
      suggest: async (id, input) =>
        (await import('../core/plans/suggest.ts')).suggestPlan(ctx, id, input),
      addItems: async (id, input) =>
        (await import('../core/plans/service.ts')).addPlanItems(ctx, id, input),
      removeItem: async (id) => (await import('../core/plans/service.ts')).removePlanItem(ctx, id),
      updateItem: async (id, patch) =>
        (await import('../core/plans/service.ts')).updatePlanItem(ctx, id, patch),
    },
    meetings: {
      get: async (id) => (await import('../core/meetings/service.ts')).getMeeting(ctx, id),
      update: async (id, patch) =>
        (await import('../core/meetings/service.ts')).updateMeeting(ctx, id, patch),
      mark: async (id, verb, at) => {
        const meetings = await import('../core/meetings/service.ts')
        return (verb === 'start' ? meetings.startMeeting : meetings.endMeeting)(ctx, id, { at })
      },
      refer: async (id, input) =>
        (await import('../core/meetings/referrals.ts')).captureReferral(ctx, id, input),
    },
    reflections: {
      get: async (id) => (await reflections()).getReflection(ctx, id),
      save: async (id, patch) => (await reflections()).saveReflection(ctx, id, patch),
      addNextPerson: async (id, index) =>
        (
          await (
            await import('../core/reflections/next-people.ts')
          ).createNextPerson(ctx, id, { index })
        ).reflection,
      heard: async (id) => (await import('../core/reflections/heard.ts')).heardInMeeting(ctx, id),
    },
    messages: {
      list: async (filters) =>
        (await (await outreach()).listMessages(ctx, filters, { all: true })).items,
      get: async (id) => (await outreach()).getMessage(ctx, id),
      create: async (input) => (await outreach()).createDraft(ctx, input),
      update: async (id, patch) => (await outreach()).updateDraft(ctx, id, patch),
      fill: async (id) => (await outreach()).fillDraft(ctx, id),
      unsend: async (id) => (await import('../core/outreach/unsending.ts')).unsendMessage(ctx, id),
      markSent: async (id, input) =>
        (await import('../core/outreach/sending.ts')).markSent(ctx, id, input),
    },
  }
}
