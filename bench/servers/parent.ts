/**
 * A benchmark server child's side of the conversation with the bench: it
 * says where it listens, answers RSS and CPU-time questions, and stops when asked.
 */
export function answerParent(url: string, close: () => unknown): void {
  process.on('message', async (message: { type?: string }) => {
    if (message.type === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage().rss })
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
