/**
 * Called first by bin/coffeechat.js: when the build has made a one-file
 * copy of Kysely (`build-vendored.ts`, run by `npm run build`) for the
 * version installed, `kysely` and `kysely/migration` load from it. Kysely
 * is 257 small modules, and resolving and linking them was most of a short
 * command's start-up (`people list`, `--version` aside); the copy is the
 * same code, bundled. Without a copy for this version, nothing changes.
 * Tests run in process and always use the installed package.
 */
import { existsSync, readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Where the build puts the copies: one directory per Kysely version. */
export const vendorRoot = fileURLToPath(new URL('../../dist/vendor', import.meta.url))

/** The specifiers served from the copy, and the file of each. */
export const vendoredFiles: Record<string, string> = {
  kysely: 'kysely.mjs',
  'kysely/migration': 'kysely-migration.mjs',
}

/** The installed Kysely's version, from its package.json. */
export function installedKyselyVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('kysely'))
  const manifest = join(dirname(entry), '..', 'package.json')
  return JSON.parse(readFileSync(manifest, 'utf8')).version
}

/** @example vendorDir('0.29.9') // '…/dist/vendor/kysely-0.29.9' */
export function vendorDir(version: string): string {
  return join(vendorRoot, `kysely-${version}`)
}

/** Sends `kysely` to the copy when there is one for the installed version; says whether it did. */
export function routeKyselyToCopy(): boolean {
  const dir = vendorDir(installedKyselyVersion())
  if (!existsSync(join(dir, vendoredFiles.kysely ?? ''))) return false
  const urls = new Map(
    Object.entries(vendoredFiles).map(([specifier, file]) => [
      specifier,
      pathToFileURL(join(dir, file)).href,
    ]),
  )
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = urls.get(specifier)
      return url ? { url, format: 'module', shortCircuit: true } : nextResolve(specifier, context)
    },
  })
  return true
}
