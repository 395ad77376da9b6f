import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import type { Ctx } from '../core/context.ts'
import { conversationMarkdownOf } from '../core/exports/conversation-record.ts'
import { boardMarkdown } from '../core/insights/board-markdown.ts'
import { compareCareers, getCareerBoard } from '../core/insights/service.ts'
import { prepMarkdown } from '../core/plans/prep-markdown.ts'
import { prepSheet } from '../core/plans/prep-sheet.ts'
import { suggestPlan } from '../core/plans/suggest.ts'
import { search } from '../core/search/service.ts'
import { protocolError } from './errors.ts'

const honest =
  'Use only what is below and what the coffeechat tools return; say who said what, and name anything only one person said as one person’s view.'

function asked(text: string): GetPromptResult {
  return { messages: [{ role: 'user', content: { type: 'text', text } }] }
}

async function guarded(what: string, make: () => Promise<GetPromptResult>) {
  try {
    return await make()
  } catch (error) {
    throw protocolError(error, `prompt ${what}`)
  }
}

/** The four prompts: prepare, thank, what people said, which careers the evidence favours. */
export function registerPrompts(server: McpServer, ctx: Ctx): void {
  server.registerPrompt(
    'prepare_conversation',
    {
      title: 'Prepare me for my conversation with …',
      description:
        'Background on the person and the suggested question plan, with why each question.',
      argsSchema: {
        conversationId: z.string().describe('The conversation (see list_conversations)'),
      },
    },
    ({ conversationId }) =>
      guarded('prepare_conversation', async () => {
        const sheet = prepMarkdown(await prepSheet(ctx, conversationId))
        const suggested = await suggestPlan(ctx, conversationId, {})
        return asked(
          [
            'Prepare me for this conversation: the background I should know, then the suggested plan and why each question is there. Add questions to the plan (add_plan_questions) only once I agree.',
            honest,
            '',
            sheet,
            '',
            '## Suggested questions (JSON)',
            JSON.stringify(suggested, null, 2),
          ].join('\n'),
        )
      }),
  )
  server.registerPrompt(
    'draft_thank_you',
    {
      title: 'Draft the thank-you from my notes',
      description:
        'A thank-you draft that names what you took from the conversation; nothing is sent.',
      argsSchema: { conversationId: z.string().describe('The conversation that took place') },
    },
    ({ conversationId }) =>
      guarded('draft_thank_you', async () => {
        const notes = await conversationMarkdownOf(ctx, conversationId)
        return asked(
          [
            'Draft my thank-you for this conversation from my notes below: short, specific about one thing I took from it, and a next step I wrote down. Create it with create_draft (kind "thank-you", this conversationId and its person); it stays a draft. Tell me the lint and etiquette problems it reports.',
            honest,
            '',
            notes,
          ].join('\n'),
        )
      }),
  )
  server.registerPrompt(
    'what_people_said',
    {
      title: 'What have people told me about …',
      description:
        'What people said about a subject, and what is only one person’s view (from the career board, or a search).',
      argsSchema: {
        subject: z.string().describe('What about, e.g. "hours" or "remote work"'),
        careerId: z.string().optional().describe('The career whose board to read (optional)'),
      },
    },
    ({ subject, careerId }) =>
      guarded('what_people_said', async () => {
        const evidence = careerId
          ? boardMarkdown(await getCareerBoard(ctx, careerId))
          : `## Search results for “${subject}” (JSON)\n${JSON.stringify(await search(ctx, { q: subject, limit: 30 }), null, 2)}`
        return asked(
          [
            `What have people told me about ${subject}? Group what several people said apart from what only one person said (rows marked “one data point”), and say who said each.`,
            honest,
            '',
            evidence,
          ].join('\n'),
        )
      }),
  )
  server.registerPrompt(
    'which_careers',
    {
      title: 'Which careers does my evidence favour?',
      description:
        'The careers side by side, what the evidence favours, and what is still missing.',
    },
    () =>
      guarded('which_careers', async () => {
        const careers = await compareCareers(ctx, {})
        return asked(
          [
            'Which careers does my evidence favour, and what is still missing (gaps nobody answered, too few people or organizations, no pay heard)? Weigh how many people said each thing; do not decide for me.',
            honest,
            '',
            '## Careers compared (JSON)',
            JSON.stringify({ careers }, null, 2),
          ].join('\n'),
        )
      }),
  )
}
