/**
 * The 401 errors a mounted `<SessionGuard>` has taken on: it shows the sign-in dialog over the page, so the query
 * defaults keep them out of error boundaries (which would unmount the page and what the user typed). The guard
 * adds an error from its QueryCache subscription, which runs before the failed query renders again.
 */
export const sessionClaims: WeakSet<object> = /* @__PURE__ */ new WeakSet()
