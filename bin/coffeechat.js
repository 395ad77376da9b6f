#!/usr/bin/env node
// The CLI runs its TypeScript sources directly (Node >= 22.18 strips types);
// the compile cache keeps start-up fast after the first run.
import { readFileSync } from 'node:fs'
import module from 'node:module'

// The project brings its own Node (the `node` dev dependency, first on the
// PATH of `npx coffeechat` and every npm script); an older one found some
// other way gets a sentence, not a syntax error from a .ts file.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `coffeechat needs Node.js 22.18 or newer, and this is ${process.version}. ` +
      'Run it as `npx coffeechat …` or `npm start` in its folder: they use the Node 24 it brings.\n',
  )
  process.exit(1)
}

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
