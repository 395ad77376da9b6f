import { z } from 'zod'
import { ValidationError } from '../core/errors.ts'
import { toFieldIssues } from '../core/validate.ts'

/**
 * Hosted mode's configuration, parsed once at start from options and the
 * environment. Secrets (the database password, the SMTP password) stay in
 * here and are never printed.
 */
/** PostgreSQL connections per app server, unless COFFEECHAT_DATABASE_POOL says otherwise. */
export const DEFAULT_DATABASE_POOL = 20
const poolMessage = 'COFFEECHAT_DATABASE_POOL is a whole number of connections, 1 to 100'

export const HostedConfig = z.object({
  databaseUrl: z
    .string({
      error:
        'hosted mode needs DATABASE_URL=postgres://… (PostgreSQL or a Postgres-compatible engine)',
    })
    .regex(
      /^postgres(ql)?:\/\//,
      'DATABASE_URL must be a postgres:// address: hosted mode runs on PostgreSQL',
    ),
  baseUrl: z
    .url({
      error:
        'hosted mode needs the public address: --base-url https://careers.example.edu (or COFFEECHAT_BASE_URL)',
    })
    .refine(
      (v) => /^https?:\/\//.test(v),
      'the base URL starts with https:// (or http:// for a test)',
    ),
  secret: z
    .string({
      error:
        'hosted mode needs COFFEECHAT_SECRET (the same long random value on every server; openssl rand -base64 32)',
    })
    .min(16, 'COFFEECHAT_SECRET needs at least 16 random characters (openssl rand -base64 32)'),
  trustProxy: z.boolean(),
  sessionIdleDays: z.number().int().min(1).max(365),
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\//, 'COFFEECHAT_SMTP_URL is smtp://user:password@host:587 or smtps://…')
    .optional(),
  mailFrom: z.string().min(3).optional(),
  digestHour: z.number().int().min(0).max(23),
  databasePool: z
    .number({ error: poolMessage })
    .int(poolMessage)
    .min(1, poolMessage)
    .max(100, poolMessage),
})
export type HostedConfig = z.infer<typeof HostedConfig>

export function readHostedConfig(
  options: { baseUrl?: string | undefined; trustProxy?: boolean | undefined },
  env: Record<string, string | undefined>,
): HostedConfig {
  const result = HostedConfig.safeParse({
    databaseUrl: env.DATABASE_URL,
    baseUrl: options.baseUrl ?? env.COFFEECHAT_BASE_URL,
    secret: env.COFFEECHAT_SECRET,
    trustProxy: options.trustProxy ?? /^(1|true|yes)$/i.test(env.COFFEECHAT_TRUST_PROXY ?? ''),
    sessionIdleDays: Number(env.COFFEECHAT_SESSION_IDLE_DAYS ?? 14),
    smtpUrl: env.COFFEECHAT_SMTP_URL || undefined,
    mailFrom: env.COFFEECHAT_MAIL_FROM || undefined,
    digestHour: Number(env.COFFEECHAT_DIGEST_HOUR ?? 7),
    databasePool: Number(env.COFFEECHAT_DATABASE_POOL ?? DEFAULT_DATABASE_POOL),
  })
  if (!result.success) throw new ValidationError(toFieldIssues(result.error.issues))
  return result.data
}
