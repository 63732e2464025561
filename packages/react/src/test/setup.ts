import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// A run fails on any console.error a test did not expect: React reports caught errors, act() misuse and
// hydration mismatches there. A test that expects one spies on console.error itself.
let unexpected: unknown[][] = []
beforeEach(() => {
  unexpected = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    unexpected.push(args)
  })
})
afterEach(() => {
  cleanup()
  const calls = unexpected
  vi.restoreAllMocks()
  if (calls.length > 0) {
    throw new Error(
      `Unexpected console.error:\n${calls.map((args) => args.map(String).join(' ')).join('\n')}`,
    )
  }
})
