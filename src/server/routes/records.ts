import { Career, CareerCreate, CareerListQuery, CareerPatch } from '../../core/careers/schema.ts'
import * as careers from '../../core/careers/service.ts'
import {
  Conversation,
  ConversationCreate,
  ConversationListQuery,
  ConversationPatch,
} from '../../core/conversations/schema.ts'
import * as conversations from '../../core/conversations/service.ts'
import {
  Organization,
  OrganizationCreate,
  OrganizationListQuery,
  OrganizationPatch,
} from '../../core/organizations/schema.ts'
import * as organizations from '../../core/organizations/service.ts'
import { Person, PersonCreate, PersonListQuery, PersonPatch } from '../../core/people/schema.ts'
import * as people from '../../core/people/service.ts'
import { resource } from './crud.ts'

export const careerRoutes = resource({
  tag: 'Careers',
  noun: 'career',
  record: Career,
  create: CareerCreate,
  patch: CareerPatch,
  listQuery: CareerListQuery,
  service: {
    list: careers.listCareers,
    get: careers.getCareer,
    create: careers.createCareer,
    update: careers.updateCareer,
    remove: careers.deleteCareer,
  },
})

export const organizationRoutes = resource({
  tag: 'Organizations',
  noun: 'organization',
  record: Organization,
  create: OrganizationCreate,
  patch: OrganizationPatch,
  listQuery: OrganizationListQuery,
  service: {
    list: (ctx, query) => organizations.listOrganizations(ctx, query),
    get: organizations.getOrganization,
    create: organizations.createOrganization,
    update: organizations.updateOrganization,
    remove: organizations.deleteOrganization,
  },
})

export const peopleRoutes = resource({
  tag: 'People',
  noun: 'person',
  record: Person,
  create: PersonCreate,
  patch: PersonPatch,
  listQuery: PersonListQuery,
  service: {
    list: (ctx, query) => people.listPeople(ctx, query),
    get: people.getPerson,
    create: people.createPerson,
    update: people.updatePerson,
    remove: people.deletePerson,
  },
})

export const conversationRoutes = resource({
  tag: 'Conversations',
  noun: 'conversation',
  record: Conversation,
  create: ConversationCreate,
  patch: ConversationPatch,
  listQuery: ConversationListQuery,
  service: {
    list: (ctx, query) => conversations.listConversations(ctx, query),
    get: conversations.getConversation,
    create: conversations.createConversation,
    update: conversations.updateConversation,
    remove: conversations.deleteConversation,
  },
})
