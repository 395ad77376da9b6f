import type { UseMutationResult } from '@tanstack/react-query'
import { useNavigate } from 'react-router'

/** Saving a new record from its form, then opening the record's page. */
export function useCreateThenOpen<Body, Saved extends { id: string }>(
  create: UseMutationResult<Saved, Error, Body>,
  pathOf: (id: string) => string,
) {
  const navigate = useNavigate()
  return {
    saving: create.isPending,
    onSave: (body: Body, showIssues: (error: unknown) => void) =>
      create.mutate(body, {
        onSuccess: (saved) => navigate(pathOf(saved.id)),
        onError: showIssues,
      }),
  }
}

/** Saving an edited record from its form, then going back to the record's page. */
export function useUpdateThenOpen<Patch>(
  update: UseMutationResult<unknown, Error, { id: string; patch: Patch }>,
  id: string,
  to: string,
) {
  const navigate = useNavigate()
  return {
    saving: update.isPending,
    onSave: (patch: Patch, showIssues: (error: unknown) => void) =>
      update.mutate({ id, patch }, { onSuccess: () => navigate(to), onError: showIssues }),
  }
}

/** Deleting a record from its page, then going to `to` (its list): `ConfirmDelete`'s `pending` and `onConfirm`. */
export function useDeleteThenOpen(
  remove: UseMutationResult<unknown, Error, string>,
  id: string,
  to: string,
) {
  const navigate = useNavigate()
  return {
    pending: remove.isPending,
    onConfirm: () => remove.mutate(id, { onSuccess: () => navigate(to) }),
  }
}
