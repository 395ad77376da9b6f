/**
 * Build tooling, not part of the web app: which files a page of the built
 * app loads before it can draw, and what they weigh on the wire. It reads
 * Vite's manifest (`build.manifest`) and the module list of each chunk that
 * `chunkModules()` writes beside it, so a test can hold the first page to
 * its budget and the benchmarks can print the figure.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** One chunk of Vite's `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string
  src?: string
  name?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/** Where the build keeps its manifest and its chunk-to-modules list (never served: a dot directory). */
export const manifestFile = '.vite/manifest.json'
export const chunkModulesFile = '.vite/chunk-modules.json'

/** The source of the first page anyone sees (the home page, Today), as the manifest names it. */
export const firstPageSource = 'routes/today.tsx'

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, manifestFile), 'utf8'))
}

/** What each chunk file holds: package names (`recharts`) and the app's own files (`src/web/…`). */
export function readChunkModules(outDir: string): Record<string, string[]> {
  return JSON.parse(readFileSync(join(outDir, chunkModulesFile), 'utf8'))
}

/**
 * The files a page loads before it draws: the entry (index.html's script
 * and every chunk it imports statically) and, when the page's source is a
 * chunk of its own (a lazy route), that chunk with its static imports.
 * Dynamic imports (other routes, charts) are left out: they load later, if
 * at all. Scripts first, then style sheets, each once.
 *
 * @example pageFiles(manifest, 'routes/today.tsx') // ['assets/index-Ab12.js', …, 'assets/index-Cd34.css']
 */
export function pageFiles(manifest: Manifest, pageSource: string): string[] {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || scripts.has(chunk.file)) return
    scripts.add(chunk.file)
    for (const css of chunk.css ?? []) styles.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
  if (!entry) throw new Error('the manifest has no entry chunk: is this a Vite build?')
  visit(entry)
  visit(pageSource)
  return [...scripts, ...styles]
}

/** One file as the server sends it: its size as built, gzipped (level 9, as precompressed) and in brotli. */
export interface WireSize {
  file: string
  bytes: number
  gzip: number
  brotli: number
}

export function wireSize(outDir: string, file: string): WireSize {
  const content = readFileSync(join(outDir, file))
  return {
    file,
    bytes: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  }
}

/** What a page weighs: its scripts and its style sheets, summed. */
export interface PageWeight {
  files: WireSize[]
  js: { bytes: number; gzip: number; brotli: number }
  css: { bytes: number; gzip: number; brotli: number }
}

function sum(sizes: WireSize[]) {
  return {
    bytes: sizes.reduce((total, s) => total + s.bytes, 0),
    gzip: sizes.reduce((total, s) => total + s.gzip, 0),
    brotli: sizes.reduce((total, s) => total + s.brotli, 0),
  }
}

/**
 * The weight of one page of the build in `outDir`.
 *
 * @example pageWeight('dist/web').js.gzip // 187_342
 */
export function pageWeight(outDir: string, pageSource = firstPageSource): PageWeight {
  const files = pageFiles(readManifest(outDir), pageSource).map((file) => wireSize(outDir, file))
  return {
    files,
    js: sum(files.filter((f) => f.file.endsWith('.js'))),
    css: sum(files.filter((f) => f.file.endsWith('.css'))),
  }
}

/** @example kb(204_800) // '200.0 KB' */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
