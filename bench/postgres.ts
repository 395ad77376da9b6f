import { createPostgresDatabase } from '../test/engines.ts'
import { findPostgresBin, startCluster } from '../test/postgres-cluster.ts'

/**
 * Runs `run` on a throwaway PostgreSQL cluster, stopped afterwards, with a
 * way to make a fresh database in it; without PostgreSQL binaries it prints
 * `skipped` and runs nothing.
 *
 * @example await onPostgresCluster('search on PostgreSQL: skipped', async (newDatabase) => bench(await newDatabase()))
 */
export async function onPostgresCluster(
  skipped: string,
  run: (newDatabase: () => Promise<string>) => Promise<void>,
): Promise<void> {
  const bin = findPostgresBin()
  if (!bin) {
    console.log(skipped)
    return
  }
  const cluster = await startCluster(bin)
  try {
    await run(() => createPostgresDatabase(cluster.url))
  } finally {
    cluster.stop()
  }
}
