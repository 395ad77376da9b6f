import { z } from 'zod'
import type { AccessToken } from '../core/access-tokens/schema.ts'
import type { Today } from '../core/agenda/schema.ts'
import type { Career } from '../core/careers/schema.ts'
import type { Conversation } from '../core/conversations/schema.ts'
import { ValidationError } from '../core/errors.ts'
import type { CareerBoard, CareerComparison } from '../core/insights/schema.ts'
import type { MailFinding } from '../core/mail/schema.ts'
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
import type { RemoteApi, SchemaOf } from './remote.ts'
import type { CliSource, RefKind, RemovableKind } from './source.ts'

type Filters = Record<string, string | number | boolean | undefined>

/** A record collection of the API: list, read, create and change, each answer checked. */
function records<Record>(api: RemoteApi, path: string, schema: SchemaOf) {
  const at = (id: string) => `${path}/${encodeURIComponent(id)}`
  return {
    list: async (filters?: Filters) => (await api.all(path, schema, filters)) as Record[],
    get: async (id: string) => (await api.get(at(id), schema)) as Record,
    create: async (input: unknown) => (await api.post(path, schema, input)) as Record,
    update: async (id: string, patch: unknown) =>
      (await api.patch(at(id), schema, patch)) as Record,
  }
}

const Resolved = z.object({ id: z.string() })

/** A coffeechat server: its REST API, each answer checked against the schema it is sent with. */
export async function remoteSource(api: RemoteApi): Promise<CliSource> {
  // Each answer's schema, loaded when first used: a command loads only the ones it reads.
  const schema = {
    person: async () => (await import('../core/people/schema.ts')).Person,
    organization: async () => (await import('../core/organizations/schema.ts')).Organization,
    career: async () => (await import('../core/careers/schema.ts')).Career,
    conversation: async () => (await import('../core/conversations/schema.ts')).Conversation,
    message: async () => (await import('../core/outreach/schema.ts')).Message,
    today: async () => (await import('../core/agenda/schema.ts')).Today,
    searchResult: async () => (await import('../core/search/schema.ts')).SearchResult,
    careerBoard: async () => (await import('../core/insights/schema.ts')).CareerBoard,
    careerComparison: async () => (await import('../core/insights/schema.ts')).CareerComparison,
    referralAsk: async () => (await import('../core/referral-asks/schema.ts')).ReferralAsk,
    settings: async () => (await import('../core/settings/schema.ts')).Settings,
    plan: async () => (await import('../core/plans/schema.ts')).Plan,
    planItem: async () => (await import('../core/plans/schema.ts')).PlanItem,
    meeting: async () => (await import('../core/meetings/schema.ts')).Meeting,
    reflection: async () => (await import('../core/reflections/schema.ts')).Reflection,
    meetingHeard: async () => (await import('../core/reflections/schema.ts')).MeetingHeard,
    accessToken: async () => (await import('../core/access-tokens/schema.ts')).AccessToken,
    prepSheet: async () => (await import('../core/plans/prep-schema.ts')).PrepSheet,
    suggestAnswer: async () => (await import('../core/plans/schema.ts')).SuggestAnswer,
    unsendResult: async () => (await import('../core/outreach/schema.ts')).UnsendResult,
    mailFindings: async () =>
      z.object({ findings: z.array((await import('../core/mail/schema.ts')).MailFinding) }),
    referral: async () =>
      z.object({
        person: (await import('../core/people/schema.ts')).Person,
        created: z.boolean(),
      }),
  }
  const at = (id: string) => `/${encodeURIComponent(id)}`
  const resolve = async (kind: RefKind, ref: string, field: string = kind) =>
    ((await api.get('/resolve', async () => Resolved, { kind, ref, field })) as { id: string }).id
  const collection: Record<RemovableKind, string> = {
    person: '/people',
    organization: '/organizations',
    career: '/careers',
    conversation: '/conversations',
    message: '/messages',
  }
  return {
    remote: true,
    resolve,
    remove: (kind, id) => api.delete(`${collection[kind]}${at(id)}`),
    settings: async () =>
      (
        (await api.get('/settings', async () =>
          z.object({ settings: await schema.settings() }),
        )) as { settings: Settings }
      ).settings,
    today: async () => (await api.get('/today', schema.today)) as Today,
    search: async (query) =>
      (
        (await api.get(
          '/search',
          async () => z.object({ results: z.array(await schema.searchResult()) }),
          {
            q: query.q,
            kind: query.kind,
            limit: query.limit,
          },
        )) as { results: SearchResult[] }
      ).results,
    tokens: async () =>
      (await api.get('/tokens', async () => z.array(await schema.accessToken()))) as AccessToken[],
    people: {
      ...records<Person>(api, '/people', schema.person),
      referralAsk: async (id) =>
        (await api.get(`/people${at(id)}/referral-ask`, schema.referralAsk)) as ReferralAsk,
      bouncingEmails: async (person) => {
        const { findings } = (await api.get('/mail/findings', schema.mailFindings, {
          personId: person.id,
        })) as { findings: MailFinding[] }
        const current = new Set(person.emails.map((e) => e.toLowerCase()))
        const bounced = findings
          .filter((f) => f.kind === 'bounce' && f.status !== 'dismissed')
          .map((f) => f.address)
          .filter((a) => current.has(a))
        return [...new Set(bounced)].sort()
      },
    },
    organizations: {
      ...records<Organization>(api, '/organizations', schema.organization),
      findOrCreate: async (ref, field) => {
        try {
          const id = await resolve('organization', ref, field)
          const organization = (await api.get(
            `/organizations${at(id)}`,
            schema.organization,
          )) as Organization
          return { organization, created: false }
        } catch (error) {
          // The one refusal that means "none of that name" (see resolveOrganization).
          const none =
            error instanceof ValidationError &&
            error.issues.length === 1 &&
            error.issues[0]?.message.startsWith('no organization named ')
          if (!none) throw error
          const organization = (await api.post('/organizations', schema.organization, {
            name: ref,
          })) as Organization
          return { organization, created: true }
        }
      },
    },
    careers: {
      ...records<Career>(api, '/careers', schema.career),
      board: async (id) =>
        (await api.get(`/careers${at(id)}/board`, schema.careerBoard)) as CareerBoard,
      compare: async (query) =>
        (
          (await api.get(
            '/careers/compare',
            async () => z.object({ careers: z.array(await schema.careerComparison()) }),
            {
              ids: query.ids?.join(','),
              top: query.top,
            },
          )) as { careers: CareerComparison[] }
        ).careers,
    },
    conversations: {
      ...records<Conversation>(api, '/conversations', schema.conversation),
    },
    plans: {
      get: async (id) => (await api.get(`/conversations${at(id)}/plan`, schema.plan)) as Plan,
      prep: async (id) =>
        (await api.get(`/conversations${at(id)}/prep`, schema.prepSheet, {
          format: 'json',
        })) as PrepSheet,
      suggest: async (id, input) =>
        (await api.post(
          `/conversations${at(id)}/plan/suggest`,
          schema.suggestAnswer,
          input,
        )) as SuggestAnswer,
      addItems: async (id, input) =>
        (await api.post(`/conversations${at(id)}/plan/items`, schema.plan, input)) as Plan,
      removeItem: async (id) => (await api.deleteFor(`/plan-items${at(id)}`, schema.plan)) as Plan,
      updateItem: async (id, patch) =>
        (await api.patch(`/plan-items${at(id)}`, schema.planItem, patch)) as PlanItem,
    },
    meetings: {
      get: async (id) =>
        (await api.get(`/conversations${at(id)}/meeting`, schema.meeting)) as Meeting,
      update: async (id, patch) =>
        (await api.patch(`/conversations${at(id)}/meeting`, schema.meeting, patch)) as Meeting,
      mark: async (id, verb, instant) =>
        (await api.post(`/conversations${at(id)}/meeting/${verb}`, schema.meeting, {
          at: instant,
        })) as Meeting,
      refer: async (id, input) =>
        (await api.post(`/conversations${at(id)}/referrals`, schema.referral, input)) as {
          person: Person
          created: boolean
        },
    },
    reflections: {
      get: async (id) =>
        (await api.get(`/conversations${at(id)}/reflection`, schema.reflection)) as Reflection,
      save: async (id, patch) =>
        (await api.patch(
          `/conversations${at(id)}/reflection`,
          schema.reflection,
          patch,
        )) as Reflection,
      addNextPerson: async (id, index) =>
        (
          (await api.post(
            `/conversations${at(id)}/reflection/next-people`,
            async () => z.object({ reflection: await schema.reflection() }),
            { index },
          )) as { reflection: Reflection }
        ).reflection,
      heard: async (id) =>
        (await api.get(
          `/conversations${at(id)}/reflection/heard`,
          schema.meetingHeard,
        )) as MeetingHeard,
    },
    messages: {
      list: async (filters) => (await api.all('/messages', schema.message, filters)) as Message[],
      get: async (id) => (await api.get(`/messages${at(id)}`, schema.message)) as Message,
      create: async (input) => (await api.post('/messages', schema.message, input)) as Message,
      update: async (id, patch) =>
        (await api.patch(`/messages${at(id)}`, schema.message, patch)) as Message,
      fill: async (id) =>
        (await api.post(`/messages${at(id)}/fill`, schema.message, {})) as Message,
      unsend: async (id) =>
        (await api.post(`/messages${at(id)}/unsend`, schema.unsendResult, {})) as UnsendResult,
      markSent: async (id, input) =>
        (await api.post(`/messages${at(id)}/sent`, schema.message, input)) as Message,
    },
  }
}
