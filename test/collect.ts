/**
 * The collector, for tests that count what is held rather than what is not yet
 * freed. Vitest starts its workers with `--expose-gc` (vitest.config.ts):
 * turning the flag on at run time (`v8.setFlagsFromString`) is allowed to crash
 * the process, and did once in a busy suite (SIGTRAP).
 */
export function collector(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc)
    throw new Error(
      'Run this test with node --expose-gc (vitest.config.ts passes it to every worker).',
    )
  return gc
}
