#!/usr/bin/env node
// The CLI runs its TypeScript sources directly (Node >= 22.18 strips types);
// the compile cache keeps start-up fast after the first run.
import { readFileSync } from 'node:fs'
import module from 'node:module'

const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs none of the CLI: answered before anything else loads.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${version}\n`)
} else {
  module.enableCompileCache?.()
  // Kysely from the build's one-file copy, when there is one (see vendored.ts).
  ;(await import('../src/cli/vendored.ts')).routeKyselyToCopy()
  await import('../src/cli/main.ts')
}
