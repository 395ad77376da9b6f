import { runCli } from './program.ts'

// `coffeechat … --json | head`: once the reader has gone, there is no one to
// write to; end quietly, as other command-line tools do, instead of a stack
// trace. Any other write error is a real one and still surfaces.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
})
process.exitCode = code
