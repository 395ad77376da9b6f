import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { answerParent } from './parent.ts'

// The reference: a bare Hono hello-world on the same @hono/node-server.
const app = new Hono().get('/', (c) => c.text('Hello, World!'))
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  answerParent(`http://127.0.0.1:${info.port}`, () => server.close())
})
