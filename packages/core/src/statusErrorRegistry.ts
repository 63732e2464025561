// The same key in every copy of the package: `Symbol.for` draws on the runtime's global symbol registry.
const KEY = Symbol.for('statuskit.StatusError')

let registry: WeakSet<object> | undefined

/**
 * Every StatusError made in this realm, by any copy of the package: the set lives on `globalThis` under a
 * `Symbol.for` key, created by the first copy that needs it. Created on first use, never at module level, so
 * importing the package changes nothing and bundlers can drop what an app does not use.
 */
export function statusErrorRegistry(): WeakSet<object> {
  if (!registry) {
    const scope = globalThis as { [KEY]?: unknown }
    try {
      const shared = scope[KEY]
      registry = shared instanceof WeakSet ? shared : new WeakSet()
      // Not writable, so no later script can swap in a set that says yes to everything.
      if (registry !== shared) Object.defineProperty(scope, KEY, { value: registry })
    } catch {
      // A frozen global (a locked-down realm): this copy keeps its own set and knows only its own errors.
      registry ??= new WeakSet()
    }
  }
  return registry
}
