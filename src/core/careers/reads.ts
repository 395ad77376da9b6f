/**
 * What other features may read of careers beside the service's `Career`:
 * which ids name the explorer's careers, and careers' names and hypotheses.
 *
 * @example const known = await selectKnownCareerIds(ctx, ids)
 */
export { selectCareerHypotheses, selectKnownCareerIds } from './repo.ts'
