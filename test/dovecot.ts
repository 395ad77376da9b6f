import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { freePort, waitForPort } from './ports.ts'

/** A throwaway IMAP server (Debian's dovecot-imapd) on a free loopback port. */
export interface Dovecot {
  host: string
  port: number
  user: string
  password: string
  /** The Maildir of the one user. */
  maildir: string
  /** Every IMAP command the clients sent, from dovecot's rawlog. */
  commands: () => string[]
  /** Drops one message (RFC 5322 text) into a folder ('' is INBOX). */
  deliver: (folder: string, bytes: string, seen?: boolean) => void
  stop: () => void
}

export function findDovecot(): string | null {
  const path = spawnSync('sh', ['-c', 'command -v dovecot || ls /usr/sbin/dovecot'], {
    encoding: 'utf8',
  }).stdout.trim()
  return path.split('\n')[0] || null
}

/** Skips loudly without dovecot, fails under CI=true. */
export function dovecotOrSkip(): string | null {
  const bin = findDovecot()
  if (bin) return bin
  if (process.env.CI === 'true')
    throw new Error('dovecot is missing: apt-get install dovecot-imapd')
  console.warn('\n*** dovecot-imapd is not installed: the IMAP tests are SKIPPED ***\n')
  return null
}

/**
 * Starts dovecot before the tests of the block it is called in (when `bin`
 * was found; `fill` may deliver mail first) and stops it after; the
 * function returned gives the running server to a test.
 */
export function dovecotAround(bin: string | null, fill?: (imap: Dovecot) => void): () => Dovecot {
  let imap: Dovecot | undefined
  beforeAll(async () => {
    if (!bin) return
    imap = await startDovecot(bin)
    fill?.(imap)
  })
  afterAll(() => imap?.stop())
  return () => {
    if (!imap) throw new Error('dovecot is not started: use it inside a test that skips without it')
    return imap
  }
}

/** How coffeechat signs in to this dovecot: plain IMAP on loopback, its one user. */
export function imapLogin(server: Dovecot) {
  return {
    host: server.host,
    port: server.port,
    security: 'none' as const,
    username: server.user,
    password: server.password,
  }
}

/** An RFC 5322 message with these headers (MIME-Version added) and body. */
export function rfc5322(headers: Record<string, string>, body: string): string {
  return `${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\nMIME-Version: 1.0\n\n${body}\n`
}

/**
 * Starts dovecot with its own configuration in a temp dir: plaintext sign-in
 * on loopback, one passwd-file user, Maildir with a Sent folder named
 * "Gesendet" carrying the \Sent special-use flag, and a rawlog of every
 * command so a test can prove nothing was written.
 */
export async function startDovecot(bin: string): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'coffeechat-imap-'))
  // dovecot's auth process runs as its own user and must reach the passwd file.
  chmodSync(dir, 0o755)
  const port = await freePort()
  const user = 'ada'
  const password = 'correct horse'
  const asRoot = process.getuid?.() === 0
  // Dovecot refuses to serve mail as root: as root the mail belongs to its own user.
  const uid = asRoot ? idOf('-u') : (process.getuid?.() ?? 1000)
  const gid = asRoot ? idOf('-g') : (process.getgid?.() ?? 1000)
  const home = join(dir, 'home')
  const maildir = join(home, 'Maildir')
  const rawlog = join(dir, 'rawlog')
  for (const d of [home, rawlog, join(dir, 'run')]) mkdirSync(d, { recursive: true })
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}:${uid}:${gid}::${home}::\n`)
  const config = `
protocols = imap
listen = 127.0.0.1
base_dir = ${join(dir, 'run')}
state_dir = ${join(dir, 'state')}
instance_name = coffeechat-test-${port}
log_path = ${join(dir, 'log')}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
${asRoot ? '' : `default_internal_user = ${process.env.USER ?? 'nobody'}\ndefault_login_user = ${process.env.USER ?? 'nobody'}\n`}
mail_location = maildir:~/Maildir
first_valid_uid = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${join(dir, 'passwd')}
}
userdb {
  driver = passwd-file
  args = ${join(dir, 'passwd')}
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Gesendet {
    special_use = \\Sent
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service imap {
  executable = imap postlogin
}
service postlogin {
  executable = script-login -d rawlog -I
  unix_listener postlogin {
    mode = 0666
  }
}
protocol imap {
  rawlog_dir = ${rawlog}
}
`
  const configFile = join(dir, 'dovecot.conf')
  writeFileSync(configFile, config)
  // Dovecot daemonizes and its children keep inherited pipes open: no pipes.
  const started = spawnSync(bin, ['-c', configFile], { stdio: 'ignore' })
  if (started.status !== 0) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : ''
    throw new Error(`dovecot did not start (run ${bin} -c ${configFile}): ${log}`)
  }
  await waitForPort(port, 'dovecot')
  for (const folder of ['', '.Gesendet']) {
    for (const sub of ['cur', 'new', 'tmp'])
      mkdirSync(join(maildir, folder, sub), { recursive: true })
  }
  if (asRoot) spawnSync('chown', ['-R', `${uid}:${gid}`, home, rawlog])
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    maildir,
    commands: () => readRawlog(rawlog),
    deliver: (folder, bytes, seen) => {
      const file = deliver(maildir, folder, bytes, seen)
      if (asRoot) chownSync(file, uid, gid)
    },
    stop: () => {
      spawnSync(bin, ['-c', configFile, 'stop'], { stdio: 'ignore' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The commands (the client's lines, tag stripped) from the `.in` rawlog files. */
function readRawlog(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.in'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n/))
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/^\S+\s+/, ''))
}

let counter = 0
/** Drops one RFC 5322 message into a Maildir folder ('' is INBOX). */
function deliver(maildir: string, folder: string, bytes: string, seen = false): string {
  counter++
  const name = `${Date.now()}.M${counter}P${process.pid}.test`
  const sub = seen ? 'cur' : 'new'
  const file = join(maildir, folder ? `.${folder}` : '', sub, seen ? `${name}:2,S` : name)
  writeFileSync(file, bytes.replace(/\r?\n/g, '\r\n'))
  return file
}

function idOf(flag: '-u' | '-g'): number {
  return Number(spawnSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).stdout.trim())
}

/** Every file name (flags included) under the Maildir, for before/after comparison. */
export function maildirState(maildir: string): string[] {
  const out: string[] = []
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('dovecot')) continue
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`)
      else out.push(`${prefix}${entry.name}`)
    }
  }
  walk(maildir, '')
  return out.sort()
}
