import { z } from 'zod'
import { confirmFinding, dismissFinding } from '../core/mail/proposals.ts'
import { MeetingPatch } from '../core/meetings/schema.ts'
import { updateMeeting } from '../core/meetings/service.ts'
import { OrganizationCreate } from '../core/organizations/schema.ts'
import { createOrganization } from '../core/organizations/service.ts'
import { MessageCreate } from '../core/outreach/schema.ts'
import { createDraft } from '../core/outreach/service.ts'
import { PersonCreate } from '../core/people/schema.ts'
import { createPerson } from '../core/people/service.ts'
import { PlanAdd, PlanItemPatch } from '../core/plans/schema.ts'
import { addPlanItems, updatePlanItem } from '../core/plans/service.ts'
import { ReflectionPatch } from '../core/reflections/schema.ts'
import { saveReflection } from '../core/reflections/service.ts'
import { Id } from '../core/shared/schema.ts'
import { defineTool, type McpTool } from './tool.ts'

const conversationId = Id.describe("The conversation's id")

/**
 * Every tool that changes records. Each adds or fills in, answers the
 * record as saved, and can be undone in the app; none sends or deletes, and
 * a status moves only as the app moves it when the explorer confirms a mail
 * finding (the core refuses what the method does not allow).
 */
export const writeTools: McpTool[] = [
  defineTool({
    name: 'add_person',
    title: 'Add a person',
    description:
      'Adds someone to talk to (name; optionally organizationId, careerIds, title, emails, notes). Answers the person as saved; the explorer can delete it in the app.',
    input: PersonCreate,
    writes: true,
    run: (ctx, input) => createPerson(ctx, input),
  }),
  defineTool({
    name: 'add_organization',
    title: 'Add an organization',
    description:
      'Adds an organization (name; optionally website, careerIds, notes). Answers it as saved; the explorer can delete it in the app.',
    input: OrganizationCreate,
    writes: true,
    run: (ctx, input) => createOrganization(ctx, input),
  }),
  defineTool({
    name: 'add_plan_questions',
    title: 'Add questions to a plan',
    description:
      "Adds questions to a conversation's plan: bank questions by questionId, or new ones by text and topic. Answers the whole plan with its warnings (too many questions for the time); each item can be removed in the app.",
    input: PlanAdd.extend({ conversationId }),
    writes: true,
    run: (ctx, { conversationId: id, ...input }) => addPlanItems(ctx, id, input),
  }),
  defineTool({
    name: 'record_answer',
    title: 'Record an answer',
    description:
      "Records what was said to one planned question (answer, Markdown) and/or its state (asked, skipped, planned). Replaces the item's answer: read the plan first to keep what is there.",
    input: PlanItemPatch.pick({ state: true, answer: true }).extend({
      planItemId: Id.describe('The plan item (from the plan tool)'),
    }),
    writes: true,
    run: (ctx, { planItemId, ...patch }) => updatePlanItem(ctx, planItemId, patch),
  }),
  defineTool({
    name: 'record_meeting_notes',
    title: 'Record meeting notes',
    description:
      'Saves the research notes (before) and/or the meeting notes (during) of a conversation, in Markdown. Replaces the field given: read meeting_notes first to keep what is there.',
    input: MeetingPatch.pick({ researchNotes: true, freeNotes: true }).extend({ conversationId }),
    writes: true,
    run: (ctx, { conversationId: id, ...patch }) => updateMeeting(ctx, id, patch),
  }),
  defineTool({
    name: 'fill_reflection',
    title: 'Fill in a reflection',
    description:
      'Fills in fields of the reflection after a conversation (takeaways, pros, cons, dayToDay, training, pay, fitRating, questions for next time…). Only the fields given change; write what the explorer said, never invent it.',
    input: ReflectionPatch.extend({ conversationId }),
    writes: true,
    run: (ctx, { conversationId: id, ...patch }) => saveReflection(ctx, id, patch),
  }),
  defineTool({
    name: 'confirm_mail_finding',
    title: 'Confirm a mail finding',
    description:
      'Confirms what a mail check proposed, as the explorer would: a reply is recorded (the 3B7 cadence moves, booster/obligate follows), a message sent from another mail client is recorded as sent at its real time, an auto-reply or bounce is acknowledged. Only confirm what the explorer agreed to. Answers the finding.',
    input: z.object({ id: Id.describe("The finding's id (from mail_findings)") }).strict(),
    writes: true,
    run: (ctx, { id }) => confirmFinding(ctx, id),
  }),
  defineTool({
    name: 'dismiss_mail_finding',
    title: 'Dismiss a mail finding',
    description:
      'Dismisses what a mail check proposed: nothing is recorded, a dismissed auto-reply no longer moves the follow-up and a dismissed bounce no longer marks the address. Answers the finding.',
    input: z.object({ id: Id.describe("The finding's id (from mail_findings)") }).strict(),
    writes: true,
    run: (ctx, { id }) => dismissFinding(ctx, id),
  }),
  defineTool({
    name: 'create_draft',
    title: 'Draft a message',
    description:
      'Drafts a message (outreach, follow-up, confirmation, thank-you, progress-update, check-in) to a person: from the template unless subject/body are given. It stays a draft: nothing is sent. The lint and the etiquette guard run on it; their problems come back with the draft for you to fix or tell the explorer about.',
    input: MessageCreate,
    writes: true,
    run: async (ctx, input) => {
      const draft = await createDraft(ctx, input)
      return {
        draft,
        problems: [...draft.lint.subject.problems, ...draft.lint.body.problems],
        note: 'This is a draft in coffeechat: nothing was sent. The explorer reviews, sends and marks it sent from the app.',
      }
    },
  }),
]
