import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  DuplicateDismiss,
  DuplicateList,
  DuplicateListQuery,
} from '../../core/duplicates/schema.ts'
import { dismissDuplicate, findDuplicates } from '../../core/duplicates/service.ts'
import { MergeList, MergeOutcome, MergeRequest, UndoOutcome } from '../../core/merges/schema.ts'
import { mergePeople } from '../../core/merges/service.ts'
import { listMerges, undoLastMerge, undoMerge } from '../../core/merges/undo-service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json, jsonBody } from '../openapi.ts'
import { IdParam, idParam } from './params.ts'
import { plainRoutes } from './route-factories.ts'

const bad = answer('The input is not valid; `issues` names each field', ErrorBody)
const missing = answer('No such person or merge', ErrorBody)
const refused = {
  description:
    'Undo refused, nothing changed: not the last merge, no merge at all, or the kept person was changed since',
  content: json(ErrorBody),
}
const merges = plainRoutes(['People'])

/**
 * Likely duplicates and merging two people, under `/people`. Mounted before
 * the people resource, so `/people/duplicates` is not read as a person's id.
 */
export const peopleMergeRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/duplicates',
      tags: ['People'],
      summary: 'People who are likely one person, in pairs, each with why',
      description:
        'Rules: the same name (accents and capitals aside), a name with and without a middle name or initial at the same organization, an email address differing only in capitals (for Gmail also in dots, a `+tag`, googlemail.com). Dismissed pairs are left out; a key shared by more than 20 people is not suggested.',
      request: { query: DuplicateListQuery },
      responses: { 200: answer('The pairs', DuplicateList), 400: bad },
    }),
    async (c) => c.json(await findDuplicates(c.var.ctx, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/duplicates/dismiss',
      tags: ['People'],
      summary: '"Not the same person": never suggest this pair again',
      request: { body: jsonBody(DuplicateDismiss) },
      responses: { 204: { description: 'Dismissed' }, 400: bad, 404: missing },
    }),
    async (c) => {
      await dismissDuplicate(c.var.ctx, c.req.valid('json'))
      return c.body(null, 204)
    },
  )
  .openapi(
    ...merges.route(
      'get',
      '/merges',
      {
        summary: 'The merges done, newest first (the first can be undone)',
        ok: answer('The last 20 merges', MergeList),
      },
      listMerges,
    ),
  )
  .openapi(
    ...merges.route(
      'post',
      '/merges/undo-last',
      {
        summary: 'Undo the last merge',
        ok: answer('Both people as they were', UndoOutcome),
        more: { 409: refused },
      },
      undoLastMerge,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/merges/{id}/undo',
      tags: ['People'],
      summary: 'Undo a merge (the last one only)',
      description:
        'The removed person comes back with the same id and fields; exactly what moved moves back (a conversation added since stays). Refused when the kept person was changed after the merge.',
      request: { params: idParam('The merge, as `mergeId` of the merge answered') },
      responses: {
        200: answer('Both people as they were', UndoOutcome),
        404: missing,
        409: refused,
      },
    }),
    async (c) => c.json(await undoMerge(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/merge',
      tags: ['People'],
      summary: 'Merge another person into this one, or preview it (`dryRun`)',
      description:
        'Keeps `{id}`; every field of `otherId` is kept (a differing value goes to the notes under "Merged from …", lists hold both), and their conversations, messages, mail findings, referrals, careers and next-people mentions move; then `otherId` is gone. The answer\'s `mergeId` undoes it.',
      request: { params: IdParam, body: jsonBody(MergeRequest) },
      responses: {
        200: answer('The preview, or the merge done', MergeOutcome),
        400: bad,
        404: missing,
      },
    }),
    async (c) =>
      c.json(await mergePeople(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
