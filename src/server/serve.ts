import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { ConflictError } from '../core/errors.ts'
import type { Runtime } from '../runtime.ts'
import { createApp } from './app.ts'

export interface ServeOptions {
  runtime: Runtime
  port: number
  host: string
  webDir?: string | undefined
  version: string
}

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

/** Starts the HTTP server and resolves once it listens. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const { runtime } = options
  const app = createApp({
    contextFor: () => runtime.ctx,
    webDir: options.webDir,
    local: true,
    version: options.version,
  })
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done())
              // Keep-alive connections would hold close() open for seconds.
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `port ${options.port} on ${options.host} is already in use; choose another with --port`,
          ),
        )
      } else if (error.code === 'EACCES') {
        reject(
          new Error(
            `not allowed to listen on ${options.host}:${options.port}; choose a port above 1024`,
          ),
        )
      } else {
        reject(error)
      }
    })
  })
}
