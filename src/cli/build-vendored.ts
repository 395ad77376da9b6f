/**
 * Build tooling (`npm run build`): writes the one-file copy of Kysely that
 * the CLI loads instead of its 257 modules (see `vendored.ts`), into
 * dist/vendor/kysely-<version>/ — a copy per version, so an upgrade of
 * Kysely without a rebuild simply goes back to the installed package.
 *
 * Usage: node src/cli/build-vendored.ts
 */
import { renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { installedKyselyVersion, vendorDir, vendoredFiles, vendorRoot } from './vendored.ts'

/** Builds the copy for the installed version (replacing older ones) and returns its directory. */
export async function buildVendoredKysely(): Promise<string> {
  const finalDir = vendorDir(installedKyselyVersion())
  // Built aside and moved in whole: a CLI starting meanwhile finds the old copy or none, never half of one.
  const building = `${vendorRoot}-building-${process.pid}`
  const outDir = join(building, basename(finalDir))
  const entry = Object.fromEntries(
    Object.entries(vendoredFiles).map(([specifier, file]) => [
      file.replace(/\.mjs$/, ''),
      fileURLToPath(import.meta.resolve(specifier)),
    ]),
  )
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      ssr: true,
      target: 'node22',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: entry,
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  })
  rmSync(vendorRoot, { recursive: true, force: true })
  renameSync(building, vendorRoot)
  return finalDir
}

if (import.meta.main) console.log(`Kysely for the CLI: ${await buildVendoredKysely()}`)
