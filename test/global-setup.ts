import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { buildWebApp, chromiumPath } from '../e2e/support.ts'
import { type Cluster, findPostgresBin, startCluster } from './postgres-cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the throwaway PostgreSQL cluster, or null when there is none. */
    postgresUrl: string | null
  }
}

let cluster: Cluster | undefined

/**
 * Starts one PostgreSQL cluster for the whole run, so that every repository
 * and service test runs on both engines. Without PostgreSQL the PG half is
 * skipped loudly — except under CI=true, where that is a failure.
 */
export async function setup(project: TestProject): Promise<void> {
  buildWebAppForBrowserTests()
  if (process.env.COFFEECHAT_TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.COFFEECHAT_TEST_POSTGRES_URL)
    return
  }
  const bin = findPostgresBin()
  if (!bin) {
    if (process.env.CI === 'true') {
      throw new Error(
        'CI=true but PostgreSQL is not installed: install it (apt-get install postgresql)',
      )
    }
    console.warn(
      '\n*** PostgreSQL binaries not found: the PostgreSQL half of the tests is SKIPPED ***\n',
    )
    project.provide('postgresUrl', null)
    return
  }
  cluster = await startCluster(bin)
  project.provide('postgresUrl', cluster.url)
}

export function teardown(): void {
  cluster?.stop()
}

/**
 * Builds the web app once, before any test file runs, when the run includes
 * the browser tests: test files running in parallel then never rebuild it
 * under one another's feet.
 */
function buildWebAppForBrowserTests(): void {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  const wantsBrowser = filters.length === 0 || filters.some((f) => f.includes('e2e'))
  if (wantsBrowser && existsSync(chromiumPath)) buildWebApp()
}
