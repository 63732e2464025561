import { statusQueryDefaults } from '@statuskit/react'
import { QueryClient } from '@tanstack/react-query'

export const queryClient = new QueryClient({ defaultOptions: statusQueryDefaults() })
