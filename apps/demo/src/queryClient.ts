import { statusQueryDefaults } from '@statuskit/react'
import { QueryClient } from '@tanstack/react-query'

export const queryClient = new QueryClient({
  defaultOptions: statusQueryDefaults({
    // A server-requested wait of up to a second is waited out invisibly; anything longer (the search's
    // `Retry-After: 3`, maintenance) shows the kit's countdown page, so people see why the app paused.
    maxSilentWaitMs: 1000,
  }),
})
