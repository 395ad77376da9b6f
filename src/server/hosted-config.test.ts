import { describe, expect, it } from 'vitest'
import { ValidationError } from '../core/errors.ts'
import { DEFAULT_DATABASE_POOL, readHostedConfig } from './hosted-config.ts'

const env = {
  DATABASE_URL: 'postgres://coffeechat@127.0.0.1/coffeechat',
  COFFEECHAT_SECRET: 'a-long-random-secret-for-tests',
}
const options = { baseUrl: 'https://careers.example.edu' }

describe("hosted mode's configuration", () => {
  it('opens the default pool of PostgreSQL connections, or as many as COFFEECHAT_DATABASE_POOL says', () => {
    expect(readHostedConfig(options, env).databasePool).toBe(DEFAULT_DATABASE_POOL)
    expect(readHostedConfig(options, { ...env, COFFEECHAT_DATABASE_POOL: '6' }).databasePool).toBe(
      6,
    )
  })

  it.each(['0', '2.5', 'many', '101'])('refuses COFFEECHAT_DATABASE_POOL=%s, naming it', (pool) => {
    const read = () => readHostedConfig(options, { ...env, COFFEECHAT_DATABASE_POOL: pool })
    expect(read).toThrow(ValidationError)
    expect(read).toThrow(/COFFEECHAT_DATABASE_POOL is a whole number of connections, 1 to 100/)
  })
})
