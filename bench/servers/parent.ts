/**
 * A benchmark server child's side of the conversation with the bench: it
 * says where it listens, answers RSS (as it is, or after a full collection)
 * and CPU-time questions, and stops when asked.
 */
export function answerParent(url: string, close: () => unknown): void {
  process.on('message', async (message: { type?: string }) => {
    if (message.type === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage().rss })
    // What the process holds once the garbage is gone (with --expose-gc):
    // V8 collects its old generation lazily, so the plain RSS also counts
    // garbage not yet collected.
    if (message.type === 'rss-collected') {
      ;(globalThis as { gc?: () => void }).gc?.()
      process.send?.({ type: 'rss-collected', rss: process.memoryUsage().rss })
    }
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage()
      process.send?.({ type: 'cpu', micros: user + system })
    }
    if (message.type === 'stop') {
      await close()
      process.exit(0)
    }
  })
  process.send?.({ type: 'listening', url })
}
