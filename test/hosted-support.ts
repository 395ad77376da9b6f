import { readHostedConfig } from '../src/server/hosted-config.ts'
import type { RunningHostedServer } from '../src/server/serve-hosted.ts'
import { startHostedServer } from '../src/server/serve-hosted.ts'

export const BASE_URL = 'https://careers.example.edu'

export interface Mail {
  to: string
  subject: string
  text: string
}

/** Starts `count` hosted app servers on free ports against one PostgreSQL database. */
export async function startHostedServers(
  databaseUrl: string,
  count: number,
  env: Record<string, string> = {},
): Promise<{ servers: RunningHostedServer[]; mail: Mail[]; close: () => Promise<void> }> {
  const mail: Mail[] = []
  const fullEnv = {
    DATABASE_URL: databaseUrl,
    COFFEECHAT_DIGEST_HOUR: '0',
    COFFEECHAT_SECRET: 'test-secret-of-the-instance',
    ...env,
  }
  const config = readHostedConfig({ baseUrl: BASE_URL }, fullEnv)
  const servers: RunningHostedServer[] = []
  for (let i = 0; i < count; i++) {
    servers.push(
      await startHostedServer({
        config,
        port: 0,
        host: '127.0.0.1',
        version: 'test',
        env: fullEnv,
        sendMail: async (message) => {
          mail.push(message)
        },
      }),
    )
  }
  return {
    servers,
    mail,
    close: async () => void (await Promise.all(servers.map((s) => s.close()))),
  }
}

/** A browser-like client of one server: keeps its session cookie and sends the right Origin. */
/** A sign-in by a new visitor (no session of an earlier one), on one of the servers. */
export function signIn(server: { url: string }, email: string, password: string) {
  return new Visitor(server).call('POST', '/api/auth/login', { email, password })
}

export class Visitor {
  cookie = ''
  server: { url: string }
  constructor(server: { url: string }) {
    this.server = server
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.server.url}${path}`, {
      method,
      headers: {
        origin: BASE_URL,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? ''
      this.cookie = pair.endsWith('=') ? '' : pair
    }
    const text = await response.text()
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    }
  }
}
