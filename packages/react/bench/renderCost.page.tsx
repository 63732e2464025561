// Runs in Chromium: mounts and updates a tree of 1,000 components three ways (inside StatusBoundary, inside
// react-error-boundary's ErrorBoundary, with no boundary), interleaved so that all three see the same machine state.
import { StatusBoundary } from '@statuskit/react'
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from 'react-error-boundary'

const SIZE = 1000

function Item({ index, tick }: { index: number; tick: number }) {
  return (
    <li>
      <span>{index}</span> <span>{(index * 7 + tick) % 13}</span>
    </li>
  )
}

function Tree({ tick }: { tick: number }) {
  const items: ReactNode[] = []
  for (let index = 0; index < SIZE; index++) items.push(<Item key={index} index={index} tick={tick} />)
  return <ul>{items}</ul>
}

type Variant = 'statuskit' | 'react-error-boundary' | 'none'

function wrap(variant: Variant, tick: number) {
  switch (variant) {
    case 'statuskit':
      return (
        <StatusBoundary>
          <Tree tick={tick} />
        </StatusBoundary>
      )
    case 'react-error-boundary':
      return (
        <ErrorBoundary fallback={<p>Something went wrong</p>}>
          <Tree tick={tick} />
        </ErrorBoundary>
      )
    case 'none':
      return <Tree tick={tick} />
    default:
      return variant satisfies never
  }
}

// performance.now() is coarse in a page that is not cross-origin isolated (0.1 ms), so each sample mounts BATCH
// trees one after another and times the batch as a whole.
const BATCH = 10

function once(variant: Variant) {
  const roots = Array.from({ length: BATCH }, () => {
    const container = document.createElement('div')
    document.body.append(container)
    return { container, root: createRoot(container) }
  })
  const start = performance.now()
  for (const { root } of roots) flushSync(() => root.render(wrap(variant, 0)))
  const mounted = performance.now()
  for (const { root } of roots) flushSync(() => root.render(wrap(variant, 1)))
  const updated = performance.now()
  for (const { container, root } of roots) {
    root.unmount()
    container.remove()
  }
  return { mount: (mounted - start) / BATCH, update: (updated - mounted) / BATCH }
}

declare global {
  interface Window {
    runRenderCost: (rounds: number) => Record<Variant, { mount: number[]; update: number[] }>
  }
}

window.runRenderCost = (rounds) => {
  const variants: Variant[] = ['statuskit', 'react-error-boundary', 'none']
  const samples = Object.fromEntries(
    variants.map((v) => [v, { mount: [] as number[], update: [] as number[] }]),
  ) as Record<Variant, { mount: number[]; update: number[] }>
  for (let round = 0; round < rounds; round++) {
    // Rotate the order every round so no variant always runs first (warm caches, GC timing).
    for (let offset = 0; offset < variants.length; offset++) {
      const variant = variants[(round + offset) % variants.length] as Variant
      const { mount, update } = once(variant)
      samples[variant].mount.push(mount)
      samples[variant].update.push(update)
    }
  }
  return samples
}
