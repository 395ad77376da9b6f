import { invalid } from './errors.ts'

export type Clock = () => Date

/**
 * The clock for a process: the system's, or the fixed instant in
 * `COFFEECHAT_NOW` (for demos and tests). The only place that reads the
 * system time; everything else asks `ctx.now()`.
 *
 * @example clockFromEnv({ COFFEECHAT_NOW: '2026-03-02T09:00:00Z' })() // 2026-03-02T09:00:00.000Z
 */
export function clockFromEnv(env: Record<string, string | undefined>): Clock {
  const fixed = env.COFFEECHAT_NOW
  if (!fixed) return () => new Date()
  const instant = new Date(fixed)
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(fixed)) {
    throw invalid('COFFEECHAT_NOW', `"${fixed}" is not an ISO instant such as 2026-03-02T09:00:00Z`)
  }
  return () => new Date(instant)
}
