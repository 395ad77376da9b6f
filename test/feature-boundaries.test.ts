import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** One import or re-export of a file: where from, and whether it brings values. */
interface ImportOf {
  from: string
  typeOnly: boolean
}

/**
 * The imports of a source text: `import … from`, `export … from`, bare
 * `import '…'` and `import('…')`. An import brings only types when it says
 * `import type` / `export type`, or when every name in its braces is marked
 * `type`; anything else (a default or namespace import, one unmarked name)
 * brings values.
 */
function importsOf(source: string): ImportOf[] {
  const found: ImportOf[] = []
  const clause = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm
  for (const [, typeKeyword, names = '', from = ''] of source.matchAll(clause)) {
    const inBraces = /^\{([^}]*)\}$/.exec(names.trim())?.[1]
    const everyNameIsType =
      inBraces
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith('type ')) ?? false
    found.push({ from, typeOnly: Boolean(typeKeyword) || everyNameIsType })
  }
  for (const [, from = ''] of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm))
    found.push({ from, typeOnly: false })
  for (const [, from = ''] of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ from, typeOnly: false })
  return found
}

/** The feature a file of `src/core` belongs to (`people` for `src/core/people/service.ts`). */
function featureOf(path: string): string | undefined {
  return /^src\/core\/([^/]+)\//.exec(path)?.[1]
}

/** The feature whose repository a file is (`src/core/people/repo.ts`, `src/core/accounts/repo/…`). */
function repositoryOf(path: string): string | undefined {
  return /^src\/core\/([^/]+)\/(?:repo\.ts|repo\/[^/]+\.ts)$/.exec(path)?.[1]
}

/**
 * The value imports of another feature's repository in one file of
 * `src/core`: a feature reads and writes another feature's data through that
 * feature's service or a small module it names for the purpose (`reads.ts`,
 * `row-writes.ts`), never through its queries. Types of rows may be imported.
 */
function strayRepositoryImports(path: string, source: string): string[] {
  const feature = featureOf(path) ?? ''
  return importsOf(source).flatMap(({ from, typeOnly }) => {
    if (typeOnly || !from.startsWith('.')) return []
    const target = normalize(join(dirname(path), from))
    const owner = repositoryOf(target)
    return owner !== undefined && owner !== feature ? [`${path} imports ${target}`] : []
  })
}

function coreSourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
  return listed
    .split('\n')
    .filter((path) => /^src\/core\/.*\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
}

describe('features read each other through their services', () => {
  it('no file of a feature imports a value from another feature’s repository', () => {
    const strays = coreSourceFiles().flatMap((path) => {
      try {
        return strayRepositoryImports(path, readFileSync(join(root, path), 'utf8'))
      } catch {
        return [] // listed by git but deleted in the working tree
      }
    })
    expect(strays, 'read it through that feature’s service or reads.ts').toEqual([])
  })

  it('catches a deliberate stray, and lets type imports and a feature’s own repository through', () => {
    const service = 'src/core/plans/service.ts'
    expect(
      strayRepositoryImports(
        service,
        "import { selectConversation } from '../conversations/repo.ts'",
      ),
    ).toEqual(['src/core/plans/service.ts imports src/core/conversations/repo.ts'])
    expect(
      strayRepositoryImports(
        service,
        "import {\n  type ConversationRow,\n  selectConversation,\n} from '../conversations/repo.ts'",
      ),
    ).toHaveLength(1)
    expect(
      strayRepositoryImports(service, "export { selectPerson } from '../people/repo.ts'"),
    ).toHaveLength(1)
    expect(
      strayRepositoryImports(service, "const { selectPerson } = await import('../people/repo.ts')"),
    ).toHaveLength(1)
    expect(
      strayRepositoryImports(
        'src/core/backup/restore.ts',
        "import { insertSession } from '../accounts/repo/sessions.ts'",
      ),
    ).toHaveLength(1)
    expect(
      strayRepositoryImports(service, "import type { PersonRow } from '../people/repo.ts'"),
    ).toEqual([])
    expect(
      strayRepositoryImports(
        service,
        "import { type QuestionListRow } from '../questions/repo.ts'",
      ),
    ).toEqual([])
    expect(strayRepositoryImports(service, "import { selectPlanItems } from './repo.ts'")).toEqual(
      [],
    )
    expect(
      strayRepositoryImports(service, "import { selectPerson } from '../people/reads.ts'"),
    ).toEqual([])
    expect(
      strayRepositoryImports(
        'src/core/accounts/service.ts',
        "import { selectSession } from './repo/sessions.ts'",
      ),
    ).toEqual([])
  })
})
