import { mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes the backup of data a restore is about to replace into `folder`
 * (local mode: the data directory's `backups/`) as
 * `before-restore-<instant>.json`, and returns its path. An existing file is
 * never overwritten (two restores in the same millisecond, or under a fixed
 * clock, get `-2`, `-3`…), and the file is on disk (fsync) before the
 * restore goes on to delete anything.
 *
 * @example await keepBackupFile(join(dataDir, 'backups'), backup, ctx.now()) // '…/before-restore-2026-03-02T09-00-00-000Z.json'
 */
export async function keepBackupFile(folder: string, backup: string, now: Date): Promise<string> {
  await mkdir(folder, { recursive: true })
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (let n = 1; ; n++) {
    const path = join(folder, `before-restore-${stamp}${n === 1 ? '' : `-${n}`}.json`)
    // Personal data: readable by its owner only.
    const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return null
      throw error
    })
    if (!file) continue
    try {
      await file.writeFile(backup, 'utf8')
      await file.sync()
    } finally {
      await file.close()
    }
    return path
  }
}
