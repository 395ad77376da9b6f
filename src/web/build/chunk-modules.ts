/**
 * Build tooling, not part of the web app: a Vite plugin that writes, beside
 * Vite's manifest, what each chunk holds — the packages (`recharts`,
 * `react-dom`) and the app's own files, named as the manifest names them
 * (relative to the Vite root). The manifest says which chunk loads which;
 * this says what is inside, so a test can tell that the first page carries
 * no chart library.
 */
import { relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { chunkModulesFile } from './bundle-report.ts'

/**
 * What one module id is: its package for a dependency, else its path from the root.
 *
 * @example moduleName('/app/node_modules/@mantine/core/esm/index.mjs', '/app/src/web') // '@mantine/core'
 * @example moduleName('/app/src/web/routes/today.tsx', '/app/src/web') // 'routes/today.tsx'
 */
export function moduleName(id: string, root: string): string {
  const path = id.split('?')[0] ?? id
  const at = path.lastIndexOf('/node_modules/')
  if (at >= 0) {
    const [scope = '', name = ''] = path.slice(at + '/node_modules/'.length).split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  if (!path.startsWith('/')) return path
  return relative(root, path).split(sep).join('/')
}

/** @example export default defineConfig({ plugins: [react(), chunkModules()] }) */
export function chunkModules(): Plugin {
  let root = ''
  return {
    name: 'coffeechat:chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = resolve(config.root)
    },
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        modules[output.fileName] = [...new Set(output.moduleIds.map((id) => moduleName(id, root)))]
      }
      this.emitFile({
        type: 'asset',
        fileName: chunkModulesFile,
        source: `${JSON.stringify(modules, null, 1)}\n`,
      })
    },
  }
}
