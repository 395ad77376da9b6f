/**
 * What other features may read of the mail check: the last day away
 * auto-replies named, by person (what shifts the 3B7 follow-up).
 *
 * @example const away = await selectAbsences(ctx, [personId])
 */
export { selectAbsences } from './repo.ts'
