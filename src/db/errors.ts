/**
 * The schema cannot be brought up to date: a newer coffeechat wrote this
 * database, migrations were applied out of their order, or one failed. The
 * message says which and what to do; the edges show it as a database error
 * (`domainErrorOfDatabase` in core), so db/ needs nothing from core.
 */
export class SchemaError extends Error {
  override readonly name = 'SchemaError'
}
