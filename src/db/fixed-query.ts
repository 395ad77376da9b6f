import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely'
import type { Engine } from './engine.ts'
import { rememberUntilDataChanges } from './sqlite-adapter.ts'
import type { Database } from './tables.ts'

/** Where a fixed query runs: the handle (the database or a transaction) and its engine. */
export interface QueryScope {
  db: Kysely<Database>
  engine: Engine
}

/** Stands in for the value of one argument while the statement is built. */
class Slot {
  readonly index: number
  constructor(index: number) {
    this.index = index
  }
}

/**
 * A statement whose shape never changes, built with Kysely and compiled
 * once per engine; each call binds its own values and runs the same SQL.
 * Building and compiling a Kysely query costs more than running a small
 * indexed read on SQLite (Today's statements took ~0.1 ms each to build),
 * and the one SQL text per statement lets the engines' statement caches
 * find it at once.
 *
 * `build` is called once per engine with stand-ins for the arguments: it
 * may only pass them to Kysely as values (`where`, `limit`, `sql` values),
 * never branch on them, spread them or write them into strings. Every
 * argument must reach the statement, which the first call checks. Plugins
 * of the handle still see every result (`transformResult`); a plugin that
 * rewrites queries is not applied again after the first compile.
 *
 * With `untilDataChanges`, SQLite remembers the answer for the same values
 * until anything writes to the database (`rememberUntilDataChanges`): for
 * an aggregate over many rows that depends on nothing but the data and the
 * values, such as the owner's people count under every page.
 *
 * @example
 * const personById = fixedQuery((db, owner: string, id: string) =>
 *   db.selectFrom('people').selectAll().where('owner_id', '=', owner).where('id', '=', id))
 * const rows = await personById(ctx, ctx.ownerId, id)
 */
export function fixedQuery<Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
  options: { untilDataChanges?: boolean } = {},
): (scope: QueryScope, ...args: Args) => Promise<Row[]> {
  const compiled = new Map<Engine, CompiledQuery<Row>>()
  const arity = build.length - 1
  return async (scope, ...args) => {
    let template = compiled.get(scope.engine)
    if (!template) {
      const slots = Array.from({ length: arity }, (_, index) => new Slot(index))
      template = compileOnce(scope.db, (db) => build(db, ...(slots as unknown as Args)), arity)
      if (options.untilDataChanges && scope.engine === 'sqlite')
        rememberUntilDataChanges(template.sql)
      compiled.set(scope.engine, template)
    }
    return run(scope, template, args)
  }
}

/**
 * `fixedQuery` for a statement with one list of values (`in (…)`): one
 * compiled statement per engine and list length, up to `longest`; a longer
 * list is built and compiled as usual (and never remembered). The list
 * comes first, then the other arguments; `untilDataChanges` as for
 * `fixedQuery`.
 *
 * @example
 * const careersOf = fixedListQuery((db, ids: readonly string[], owner: string) =>
 *   db.selectFrom('person_careers').selectAll().where('owner_id', '=', owner).where('person_id', 'in', ids))
 * const rows = await careersOf(ctx, pageIds, ctx.ownerId)
 */
export function fixedListQuery<Item, Args extends unknown[], Row>(
  build: (db: Kysely<Database>, list: readonly Item[], ...args: Args) => Compilable<Row>,
  longest = 100,
  options: { untilDataChanges?: boolean } = {},
): (scope: QueryScope, list: readonly Item[], ...args: Args) => Promise<Row[]> {
  const compiled = new Map<string, CompiledQuery<Row>>()
  const arity = build.length - 2
  return async (scope, list, ...args) => {
    if (list.length === 0 || list.length > longest)
      return (await scope.db.executeQuery(build(scope.db, list, ...args))).rows
    const key = `${scope.engine} ${list.length}`
    let template = compiled.get(key)
    if (!template) {
      const slots = Array.from({ length: list.length + arity }, (_, index) => new Slot(index))
      template = compileOnce(
        scope.db,
        (db) =>
          build(
            db,
            slots.slice(0, list.length) as unknown as Item[],
            ...(slots.slice(list.length) as unknown as Args),
          ),
        slots.length,
      )
      if (options.untilDataChanges && scope.engine === 'sqlite')
        rememberUntilDataChanges(template.sql)
      compiled.set(key, template)
    }
    return run(scope, template, [...list, ...args])
  }
}

async function run<Row>(
  scope: QueryScope,
  template: CompiledQuery<Row>,
  values: readonly unknown[],
): Promise<Row[]> {
  const parameters = template.parameters.map((value) =>
    value instanceof Slot ? values[value.index] : value,
  )
  const result = await scope.db.executeQuery<Row>({
    sql: template.sql,
    parameters,
    query: template.query,
    queryId: createQueryId(),
  })
  return result.rows
}

function compileOnce<Row>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>) => Compilable<Row>,
  arity: number,
): CompiledQuery<Row> {
  const query = build(db).compile()
  const used = new Set(query.parameters.flatMap((v) => (v instanceof Slot ? [v.index] : [])))
  if (used.size !== arity) {
    throw new Error(
      `a fixed query must bind each of its ${arity} values as a value; it bound ${used.size}`,
    )
  }
  return query
}
