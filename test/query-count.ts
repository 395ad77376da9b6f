import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'
import type { Ctx } from '../src/core/context.ts'

/** What a piece of work asked of the database: statements run and rows they returned. */
export interface QueryCount {
  queries: number
  rows: number
}

/**
 * A Kysely plugin that counts every statement run and the rows each returns;
 * no query is changed. Counted as results come back: Kysely also passes a
 * subquery built from the same handle (a union's part, a derived table)
 * through `transformQuery`, which would count one statement twice.
 */
class CountingPlugin implements KyselyPlugin {
  readonly count: QueryCount = { queries: 0, rows: 0 }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count.queries++
    this.count.rows += args.result.rows.length
    return args.result
  }
}

/**
 * Runs `work` with a context whose database counts statements and rows.
 *
 * @example const { count } = await countQueries(ctx, (c) => today(c))
 */
export async function countQueries<T>(
  ctx: Ctx,
  work: (counted: Ctx) => Promise<T>,
): Promise<{ result: T; count: QueryCount }> {
  const plugin = new CountingPlugin()
  const result = await work({ ...ctx, db: ctx.db.withPlugin(plugin) })
  return { result, count: plugin.count }
}
