import { openRuntime } from '../../src/runtime.ts'
import { readHostedConfig } from '../../src/server/hosted-config.ts'
import { startServer } from '../../src/server/serve.ts'
import { startHostedServer } from '../../src/server/serve-hosted.ts'
import { answerParent } from './parent.ts'

// One coffeechat server for a benchmark, in its own process so that the
// load generator never shares its event loop: `local DATA_DIR [anew]` or
// `hosted BASE_URL` (with DATABASE_URL and COFFEECHAT_SECRET in the environment).
// `anew` makes every answer again, as after each write: without the data
// stamp, nothing is remembered (server/remembered-answers.ts).
const [mode, where = '', variant] = process.argv.slice(2)
if (mode === 'local') {
  const opened = await openRuntime({ dataDir: where, env: {} })
  const runtime = variant === 'anew' ? { ...opened, dataStamp: undefined } : opened
  const server = await startServer({ runtime, port: 0, host: '127.0.0.1', version: 'bench' })
  answerParent(server.url, async () => {
    await server.close()
    await opened.close()
  })
} else {
  const server = await startHostedServer({
    config: readHostedConfig({ baseUrl: where }, process.env),
    port: 0,
    host: '127.0.0.1',
    version: 'bench',
    env: process.env,
    jobs: false,
    sendMail: async () => {},
  })
  answerParent(server.url, () => server.close())
}
