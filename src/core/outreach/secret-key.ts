import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'

/**
 * The key that encrypts stored secrets (the SMTP password), AES-256-GCM.
 *
 * Where it comes from: `COFFEECHAT_SECRET` when set (any long random string,
 * stretched with scrypt; every app server of a hosted instance must share
 * it), else a random 32-byte key in `secret.key` in the data directory,
 * created on first use with mode 0600. Copying the database without that
 * file (or the variable) copies no usable password.
 */

export const SECRET_KEY_FILE = 'secret.key'

/**
 * A loader for the key, reading it at most once per process.
 *
 * @example const key = secretKeyLoader({ env: process.env, dataDir: '/home/ada/.local/share/coffeechat' })()
 */
export function secretKeyLoader(options: {
  env: Record<string, string | undefined>
  dataDir: string
}): () => Buffer {
  let key: Buffer | undefined
  return () => {
    key ??= loadKey(options.env, options.dataDir)
    return key
  }
}

function loadKey(env: Record<string, string | undefined>, dataDir: string): Buffer {
  const secret = env.COFFEECHAT_SECRET
  if (secret) {
    if (secret.length < 16) {
      throw invalid('COFFEECHAT_SECRET', 'use at least 16 random characters (openssl rand -hex 32)')
    }
    return scryptSync(secret, 'coffeechat-secret-v1', 32)
  }
  const path = join(dataDir, SECRET_KEY_FILE)
  try {
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex')
  if (key.length !== 32) {
    throw invalid(SECRET_KEY_FILE, `${path} is not a 64-digit hex key; remove it to start afresh`)
  }
  return key
}

/**
 * The key stored passwords (SMTP, mailbox) are encrypted with, or the error
 * that says how to give the server one.
 *
 * @example encryptSecret(storedPasswordKey(tx), password)
 */
export function storedPasswordKey(ctx: Ctx): Buffer {
  if (!ctx.secretKey) {
    throw invalid(
      'password',
      'this server has no key for stored passwords: set COFFEECHAT_SECRET to a long random string',
    )
  }
  return ctx.secretKey()
}

/**
 * Encrypts a secret as `v1:iv:tag:ciphertext` (base64url parts).
 *
 * @example decryptSecret(key, encryptSecret(key, 'hunter2')) // 'hunter2'
 */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), data].map(encode).join(':')
}

/** Decrypts what `encryptSecret` wrote; a wrong key or tampering is a clear error. */
export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, data] = stored.split(':')
  if (version !== 'v1' || !iv || !tag || data === undefined) {
    throw invalid('password', 'the stored password is unreadable; enter it again')
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    throw invalid(
      'password',
      'the stored SMTP password cannot be decrypted with this key (did COFFEECHAT_SECRET or secret.key change?); enter the password again',
    )
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url')
}
