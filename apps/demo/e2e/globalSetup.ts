import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const configFile = join(root, 'vite.config.ts')
// The tests build into a folder of their own, so a `build` task running at the same time (turbo runs tasks in
// parallel) never swaps dist/ under the server.
const outDir = process.env.DEMO_E2E_OUT_DIR ?? join(root, 'node_modules/.cache/demo-e2e')
const sources = [
  join(root, 'src'),
  join(root, 'public'),
  join(root, 'index.html'),
  configFile,
  join(root, 'package.json'),
  join(root, '../../packages/core/src'),
  join(root, '../../packages/react/src'),
]

function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

const require = createRequire(import.meta.url)

function writeServiceWorker(): void {
  const cli = join(require.resolve('msw/package.json'), '../cli/index.js')
  execFileSync(process.execPath, [cli, 'init', 'public', '--no-save'], { cwd: root, stdio: 'ignore' })
}

/** DEMO_E2E_BUILD: `auto` (default: when a source is newer than the last build), `always` or `never`. */
async function buildIfNeeded(): Promise<void> {
  const mode = process.env.DEMO_E2E_BUILD ?? 'auto'
  if (mode === 'never') return
  const built = join(outDir, 'index.html')
  if (!existsSync(join(root, 'public/mockServiceWorker.js'))) writeServiceWorker()
  const stale =
    mode === 'always' ||
    !existsSync(built) ||
    !existsSync(join(outDir, 'mockServiceWorker.js')) ||
    Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs
  if (!stale) return
  const started = Date.now()
  writeServiceWorker()
  // A child process with NODE_ENV=production: vitest sets NODE_ENV=test, and an in-process build would inherit
  // it and bundle React's development build (StrictMode's double effects would then double the requests).
  const vite = join(require.resolve('vite/package.json'), '../bin/vite.js')
  execFileSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  console.log(`[e2e] built the demo in ${Date.now() - started} ms`)
}

export default async function setup(project: TestProject) {
  // Each run starts a fresh report of what the tests saw (screenshots are overwritten by name).
  const shots = process.env.DEMO_SHOTS_DIR ?? '/tmp/demo-shots'
  mkdirSync(shots, { recursive: true })
  rmSync(join(shots, 'e2e-report.jsonl'), { force: true })
  await buildIfNeeded()
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    // Port 0: the operating system picks a free port, so parallel runs never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${address.port}`
  console.log(`[e2e] serving the built demo at ${baseUrl}`)
  project.provide('baseUrl', baseUrl)
  return async () => {
    await server.close()
  }
}
