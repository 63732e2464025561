/** Causes listed at most: a chain is rarely deeper, and a cyclic or hostile one must end. */
const MAX_CAUSES = 5
const MAX_LENGTH = 300

function read(value: unknown, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

function describe(value: unknown): string {
  let text: string
  try {
    const name = read(value, 'name')
    const message = read(value, 'message')
    text =
      typeof message === 'string'
        ? `${typeof name === 'string' ? name : 'Error'}: ${message}`
        : typeof value === 'object' && value !== null
          ? Object.prototype.toString.call(value)
          : String(value)
  } catch {
    text = typeof value
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text
}

/**
 * The `cause` chain below an error, one line each ("TypeError: Failed to fetch"), for the technical details of
 * development builds. Ends at five causes or a cycle; never throws, whatever the causes are.
 */
export function describeCauses(error: unknown): string[] {
  const lines: string[] = []
  const seen = new Set<unknown>([error])
  let cause = read(error, 'cause')
  while (cause !== undefined && !seen.has(cause) && lines.length < MAX_CAUSES) {
    seen.add(cause)
    lines.push(describe(cause))
    cause = read(cause, 'cause')
  }
  return lines
}
