#!/usr/bin/env node
// The CLI runs its TypeScript sources directly (Node >= 22.18 strips types);
// the compile cache keeps start-up fast after the first run.
import module from 'node:module'

module.enableCompileCache?.()
await import('../src/cli/main.ts')
