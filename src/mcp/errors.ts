import { type CallToolResult, ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js'
import { DomainError, ValidationError } from '../core/errors.ts'
import { domainErrorOfDatabase } from '../core/shared/database-failures.ts'

// Said to the assistant so it can tell the explorer, or change what it asked.
const hintOf: Record<DomainError['kind'], string> = {
  invalid: 'the input is not valid',
  unauthorized: 'not signed in',
  forbidden: 'not allowed',
  'not-found': 'not found',
  conflict: 'not possible now',
  'rate-limited': 'too many attempts',
  database: 'the database cannot be used',
  upstream: 'another service failed',
}

/**
 * Maps every error of a tool to its MCP answer once: a domain error (or a
 * database error that stands for one) is a tool error the assistant reads,
 * with its kind and, for invalid input, each failing field; anything else
 * is a tool error without details, logged on stderr (never on stdout, which
 * the stdio transport speaks on; the stack only, as drivers attach notes).
 *
 * @example toolError(new NotFoundError('person', 'x')).content[0].text // 'not found: no person with id x'
 */
export function toolError(error: unknown, tool: string): CallToolResult {
  const known = error instanceof DomainError ? error : domainErrorOfDatabase(error)
  if (known) {
    const issues = known instanceof ValidationError ? known.issues : []
    return {
      isError: true,
      content: [{ type: 'text', text: `${hintOf[known.kind]}: ${known.message}` }],
      structuredContent: { error: known.message, kind: known.kind, issues },
    }
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error)
  console.error(`[coffeechat] MCP tool ${tool} failed: ${stack}`)
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text: 'something went wrong on our side; the error was logged by coffeechat',
      },
    ],
  }
}

/** A tool's success: the record as JSON text, and as structured content for clients that read it. */
export function toolResult(value: unknown): CallToolResult {
  const structured = isRecord(value) ? value : { items: value }
  return {
    content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
    structuredContent: structured,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The same mapping for resources and prompts, whose failures are protocol
 * errors: not found is -32002 (the MCP code for a missing resource), bad
 * input -32602, anything else an internal error without details.
 */
export function protocolError(error: unknown, what: string): McpError {
  const known = error instanceof DomainError ? error : domainErrorOfDatabase(error)
  if (known?.kind === 'not-found') return new McpError(-32002, known.message)
  if (known) return new McpError(ErrorCode.InvalidParams, `${hintOf[known.kind]}: ${known.message}`)
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error)
  console.error(`[coffeechat] MCP ${what} failed: ${stack}`)
  return new McpError(
    ErrorCode.InternalError,
    'something went wrong on our side; the error was logged by coffeechat',
  )
}
