import { AsyncLocalStorage } from 'node:async_hooks'

// What Next's server sets up before it loads its request stores (`node-environment-baseline`).
;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = AsyncLocalStorage
