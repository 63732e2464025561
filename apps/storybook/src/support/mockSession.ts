import { createStatusResponse } from '@statuskit/core'
import { HttpResponse, http } from 'msw'
import { ORDERS } from './Order'

/**
 * The mock API's session for one story: it has ended when the story starts (every request answers 401) and
 * begins again when the user signs in (`signIn`). Decided by state, not by a count of requests, so StrictMode's
 * second mount sees the same answer as the first.
 */
export const mockSession = {
  signedIn: false,
  /** What `login.onLogin` calls: a short wait, as a real sign-in popup would take, then a session. */
  signIn: async (): Promise<void> => {
    await new Promise((done) => setTimeout(done, 50))
    mockSession.signedIn = true
  },
  /** A story's `beforeEach`: signed out, with handlers for the orders and the drafts behind the session. */
  handlers() {
    mockSession.signedIn = false
    return [
      http.get('/api/orders', () =>
        mockSession.signedIn ? HttpResponse.json(ORDERS) : createStatusResponse(401),
      ),
      http.post('/api/drafts', () =>
        mockSession.signedIn ? HttpResponse.json({ saved: true }) : createStatusResponse(401),
      ),
    ]
  },
}
