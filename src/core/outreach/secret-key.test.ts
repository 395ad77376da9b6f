import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decryptSecret, encryptSecret, SECRET_KEY_FILE, secretKeyLoader } from './secret-key.ts'
import { explainSmtpError } from './smtp-send.ts'

describe('the key for stored secrets', () => {
  it('creates a random key file readable by its owner only, and reads the same key again', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coffeechat-key-'))
    const key = secretKeyLoader({ env: {}, dataDir })()
    const file = join(dataDir, SECRET_KEY_FILE)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}$/)
    expect(secretKeyLoader({ env: {}, dataDir })()).toEqual(key)
    expect(key).toHaveLength(32)
  })

  it('prefers COFFEECHAT_SECRET, and refuses a short one', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coffeechat-key-'))
    const env = { COFFEECHAT_SECRET: 'a long random secret for tests' }
    const a = secretKeyLoader({ env, dataDir })()
    expect(secretKeyLoader({ env, dataDir: tmpdir() })()).toEqual(a)
    expect(() => statSync(join(dataDir, SECRET_KEY_FILE))).toThrow()
    expect(() => secretKeyLoader({ env: { COFFEECHAT_SECRET: 'short' }, dataDir })()).toThrow(
      /at least 16 random characters/,
    )
  })

  it('encrypts with a fresh nonce each time and detects tampering', () => {
    const key = Buffer.alloc(32, 7)
    const one = encryptSecret(key, 'hunter2')
    expect(one).not.toBe(encryptSecret(key, 'hunter2'))
    expect(decryptSecret(key, one)).toBe('hunter2')
    const tampered = `${one.slice(0, -2)}${one.endsWith('A') ? 'B' : 'A'}A`
    expect(() => decryptSecret(key, tampered)).toThrow(/cannot be decrypted/)
  })
})

describe('SMTP failures in plain words', () => {
  const account = { host: 'smtp.example.org', port: 587 }
  it('says what to do for a timeout, an unknown host and a TLS mismatch', () => {
    expect(
      explainSmtpError({ code: 'ETIMEDOUT', message: 'Greeting never received' }, account, null),
    ).toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(/no answer from the SMTP server smtp.example.org:587 in time/),
    })
    expect(
      explainSmtpError(
        { code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.example.org' },
        account,
        null,
      ).reason,
    ).toBe('connection')
    expect(
      explainSmtpError(
        { code: 'ESOCKET', message: 'ssl3_get_record:wrong version number' },
        account,
        null,
      ),
    ).toMatchObject({
      reason: 'tls',
      message: expect.stringMatching(/tls for port 465, starttls for 587/),
    })
    expect(explainSmtpError(new Error('boom'), account, null)).toMatchObject({ reason: 'other' })
  })
})
