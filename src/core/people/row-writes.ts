/**
 * The row writes merging two people (and undoing a merge) makes: a merge
 * writes the planned row exactly as previewed, and undoing it puts back the
 * rows as they were, so neither goes through `createPerson`/`updatePerson`,
 * which would tidy names and check duplicates again. Search indexing is the
 * caller's.
 *
 * @example await updatePersonRow(tx, plan.row)
 */
export { deletePersonRow, insertPerson, replacePersonCareers, updatePersonRow } from './repo.ts'
