/**
 * A response's JSON body as a test reads it. On the Node side, without the
 * DOM's types, `Response.json()` is `unknown`; a test does not declare the
 * shape it then asserts with `expect`, so the body is loose here, in one place.
 */
// biome-ignore lint/suspicious/noExplicitAny: the `expect` assertions that follow are the check
export type JsonBody = any

export async function readJson(response: Response | undefined): Promise<JsonBody> {
  if (!response) throw new Error('no response to read')
  return response.json()
}
