// The same key in every copy of the package: `Symbol.for` draws on the runtime's global symbol registry.
const KEY = Symbol.for('statuskit.StatusError')

let registry: WeakSet<object> | undefined

/**
 * Every StatusError made in this realm, by any copy of the package: the set lives on `globalThis` under a
 * `Symbol.for` key, created by the first copy that needs it. Created on first use, never at module level, so
 * importing the package changes nothing and bundlers can drop what an app does not use.
 */
export function trustedStatusErrors(): WeakSet<object> {
  if (!registry) {
    const scope = globalThis as { [KEY]?: unknown }
    try {
      scope[KEY] ??= new WeakSet()
    } catch {
      // A frozen global (a locked-down realm): this copy keeps a set of its own, below.
    }
    // Anything else under the key (a value no copy of the package put there) is not trusted either.
    registry = scope[KEY] instanceof WeakSet ? scope[KEY] : new WeakSet()
  }
  return registry
}
