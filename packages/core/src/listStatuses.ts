import type { StatusDefinition } from './StatusDefinition'
import { statusRegistry } from './statusRegistry'

/**
 * Every IANA-registered status code, ascending. The array and its definitions are frozen: callers cannot
 * change the registry through them.
 */
export function listStatuses(): readonly StatusDefinition[] {
  return statusRegistry()
}
