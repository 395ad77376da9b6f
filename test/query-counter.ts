import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'
import type { Ctx } from '../src/core/context.ts'

/** The queries a context ran, as counted by `countQueries`. */
export interface QueryCount {
  /** How many queries ran so far (each once, however often it was compiled). */
  readonly total: number
  /** What each query was, in order: its kind and first table ("select conversations"). */
  readonly queries: readonly string[]
  /** Forgets what was counted so far. */
  reset(): void
}

/**
 * A context that counts every query run through it (query builder and raw
 * `sql` alike, in transactions too), for tests that a read costs a bounded
 * number of queries however much the explorer holds.
 *
 * @example
 * const { ctx: counted, count } = countQueries(ctx)
 * await listPeople(counted)
 * expect(count.total).toBeLessThanOrEqual(3)
 */
export function countQueries(ctx: Ctx): { ctx: Ctx; count: QueryCount } {
  const seen = new Set<string>()
  const queries: string[] = []
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      if (!seen.has(queryId.queryId)) {
        seen.add(queryId.queryId)
        queries.push(describe(node))
      }
      return node
    },
    async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return result
    },
  }
  const count: QueryCount = {
    get total() {
      return queries.length
    },
    queries,
    reset() {
      seen.clear()
      queries.length = 0
    },
  }
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, count }
}

function describe(node: RootOperationNode): string {
  const kind = node.kind.replace(/QueryNode$|Node$/, '').toLowerCase()
  const from =
    node.kind === 'SelectQueryNode'
      ? node.from?.froms[0]
      : node.kind === 'InsertQueryNode'
        ? node.into
        : node.kind === 'UpdateQueryNode'
          ? node.table
          : undefined
  return from ? `${kind} ${tableName(from)}` : kind
}

function tableName(node: unknown): string {
  // A table reference, possibly aliased: dig for the first identifier's name.
  const text = JSON.stringify(node)
  return text.match(/"name":"([^"]+)"/)?.[1] ?? '?'
}
