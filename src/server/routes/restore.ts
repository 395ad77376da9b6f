import { basename } from 'node:path'
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { backupCounts, checkBackup, recordsOfAnotherAccount } from '../../core/backup/check.ts'
import { UncleanBackupError } from '../../core/backup/clean.ts'
import { keepBackupFile } from '../../core/backup/keep-file.ts'
import { restoreBackup } from '../../core/backup/restore.ts'
import { type ReplacedData, RestoreQuery, RestoreReport } from '../../core/backup/schema.ts'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import { limitBody } from '../body-limit.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json } from '../openapi.ts'

/** The largest backup a restore over HTTP takes; `coffeechat restore FILE` takes any size. */
export const maxRestoreBytes = 20 * 1024 * 1024

export interface RestoreRouteOptions {
  /**
   * Local mode: the folder that keeps the data a restore replaces (the data
   * directory's `backups/`). Hosted mode keeps no files on its app servers:
   * the replaced data goes back in the answer only.
   */
  backupDir?: string | undefined
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/**
 * A backup is JSON and may be large: anything else gets 415, more than
 * 20 MB gets 413 (by its Content-Length, or while it streams in), before
 * any of it is read.
 */
const backupGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = mediaType(c.req.header('content-type'))
  if (type !== 'application/json') {
    return c.json(
      {
        error: `send the backup file itself as the body, with Content-Type application/json; ${type ? `not ${type}` : 'the request has no Content-Type'}`,
      },
      415,
    )
  }
  return limitBody({
    maxBytes: maxRestoreBytes,
    tooLarge: (ctx) =>
      ctx.json(
        {
          error:
            'the backup is larger than 20 MB, the most a restore from the web app takes; on the computer that runs coffeechat, `coffeechat restore FILE` takes any size',
        },
        413,
      ),
  })(c, next)
}

/**
 * `POST /api/restore`: a JSON backup into the signed-in account (local
 * mode: the one explorer). A dry run checks it and says what it holds; a
 * restore into an account with data needs `replace=true` and keeps that
 * data first.
 */
export function restoreRoutes(options: RestoreRouteOptions = {}) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Export'],
      summary: 'Restore a JSON backup into your account',
      description:
        'The whole file is checked first; every problem names its table, row and field, and nothing is written. An account with data is refused (409) unless `replace=true`; then a backup of that data is made before anything is deleted — in local mode written to the data directory (`backups/before-restore-….json`, `replaced.savedTo`), and in both modes returned as `replaced.backup`. `dryRun=true` tries the restore and rolls it back: the rows per table it would load (`rows`), what your account holds now (`present`) and what cleaning changes (`cleaning`). A file holding what coffeechat does not store (a NUL character, which an older coffeechat kept in its local database; a broken character; a link field that is not a link) is refused, each value named, unless `clean=true`: then those values are cleaned and listed in `cleaning`. At most 20 MB. Secrets are not in backups: enter the SMTP password again, make a new calendar feed URL.',
      middleware: [backupGuard],
      request: {
        query: RestoreQuery,
        body: {
          required: true,
          content: {
            'application/json': {
              // Described by hand, not as a zod schema: the handler reads the body as
              // text, so the backup's own checks name the table, row and field of a problem.
              schema: {
                type: 'object',
                description:
                  'The JSON backup, as `GET /api/export/json` or `coffeechat export json` wrote it',
                required: ['format', 'version', 'migrations', 'tables'],
              },
            },
          },
        },
      },
      responses: {
        200: answer('Restored, or (dry run) what would be', RestoreReport),
        400: {
          description:
            'Not a backup this coffeechat can restore; each problem with its table, row and field',
          content: json(ErrorBody),
        },
        409: answer('Your account has data and `replace` is not `true`', ErrorBody),
        413: answer('The backup is larger than 20 MB', ErrorBody),
        415: answer('Not sent as application/json', ErrorBody),
      },
    }),
    async (c) => {
      const query = c.req.valid('query')
      const ctx = c.var.ctx
      const text = await c.req.text()
      // A row the database refused may be another account's record: say so.
      const explain = async (error: unknown): Promise<never> => {
        throw (await recordsOfAnotherAccount(ctx, text, error)) ?? error
      }
      if (query.dryRun === 'true') {
        const check = await checkBackup(ctx, text).catch(explain)
        return c.json({ dryRun: true, ...check, replaced: null } satisfies RestoreReport, 200)
      }
      // Set by keepCurrent, inside the restore's transaction.
      const kept: { data: ReplacedData | null } = { data: null }
      const result = await restoreBackup(ctx, text, {
        replace: query.replace === 'true',
        clean: query.clean === 'true',
        keepCurrent: async (backup) => {
          const savedTo = options.backupDir
            ? await keepBackupFile(options.backupDir, backup, ctx.now())
            : null
          const stamp = ctx.now().toISOString().replace(/[:.]/g, '-')
          const fileName = savedTo ? basename(savedTo) : `coffeechat-before-restore-${stamp}.json`
          kept.data = { savedTo, fileName, backup }
          return savedTo ?? fileName
        },
      }).catch(async (error: unknown) => {
        // The core speaks of data directories and a flag; here it is an account and a parameter.
        if (error instanceof UncleanBackupError) {
          const hint = `send clean=true to restore the file with ${error.count === 1 ? 'this value' : `these ${error.count} values`} cleaned; nothing else changes`
          throw new ValidationError([...error.issues, { path: 'clean', message: hint }])
        }
        if (error instanceof ConflictError) {
          throw new ConflictError(
            error.message.replace(
              /restore into an empty data directory, or replace it.*$/,
              'restore into an empty account, or send replace=true to replace it (a backup of it is kept first and returned)',
            ),
          )
        }
        return explain(error)
      })
      const replaced = kept.data
      const present = replaced
        ? backupCounts(replaced.backup)
        : Object.fromEntries(Object.keys(result.rows).map((table) => [table, 0]))
      return c.json(
        { dryRun: false, rows: result.rows, present, replaced, cleaning: result.cleaning },
        200,
      )
    },
  )
}
