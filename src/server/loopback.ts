const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/** The host name of a Host header value, without the port. */
export function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase()
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1)
  if (trimmed.split(':').length > 2) return trimmed
  return trimmed.split(':')[0] ?? ''
}

/** Whether a host name points at this machine only. */
export function isLoopbackName(name: string): boolean {
  return LOOPBACK_NAMES.has(name) || name.endsWith('.localhost')
}
