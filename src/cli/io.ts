import type { Readable, Writable } from 'node:stream'

/** Where a CLI run reads and writes; tests pass their own. */
export interface CliIO {
  stdout: Writable
  stderr: Writable
  stdin: Readable & { isTTY?: boolean }
  env: Record<string, string | undefined>
  /** Whether prompts may be shown (stdin and stderr are terminals). */
  interactive: boolean
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(`${text}\n`)
}

/** Prints JSON on stdout, and nothing else there. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}
