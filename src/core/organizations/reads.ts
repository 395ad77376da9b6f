/**
 * What other features may read of organizations beside the service's
 * `Organization`: the stored row by id (undefined when there is none).
 *
 * @example const organization = await selectOrganization(ctx, person.organizationId)
 */
export { selectOrganization } from './repo.ts'
