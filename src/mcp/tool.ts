import type { z } from 'zod'
import type { Ctx } from '../core/context.ts'

/**
 * One MCP tool over one core service: its input is a zod object built from
 * the core's own schemas, and `run` calls the core directly (never over HTTP).
 */
export interface McpTool {
  name: string
  title: string
  description: string
  input: z.ZodObject
  /** Whether it changes records: refused to a read-only token, and never annotated read-only. */
  writes: boolean
  /** Whether it edits or removes: it then asks for a confirmation first (confirmed-tools.ts). */
  confirms?: boolean
  run: (ctx: Ctx, args: Record<string, unknown>) => Promise<unknown>
}

/**
 * Defines a tool with `run` typed by its input schema; the registry keeps
 * them in one untyped list.
 *
 * @example defineTool({ name: 'get_person', input: z.object({ id: Id }), run: (ctx, a) => getPerson(ctx, a.id), … })
 */
export function defineTool<S extends z.ZodObject>(tool: {
  name: string
  title: string
  description: string
  input: S
  writes: boolean
  run: (ctx: Ctx, args: z.output<S>) => Promise<unknown>
}): McpTool {
  // The SDK has parsed the arguments with `input` before `run` is called.
  return { ...tool, run: (ctx, args) => tool.run(ctx, tool.input.parse(args)) }
}
