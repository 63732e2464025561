import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
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
const sources = [
  join(root, 'src'),
  join(root, 'index.html'),
  join(root, 'vite.config.ts'),
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

/** DEMO_E2E_BUILD: `auto` (default, when sources are newer than dist/), `always` or `never`. */
function buildIfNeeded(): void {
  const mode = process.env.DEMO_E2E_BUILD ?? 'auto'
  if (mode === 'never') return
  const built = join(root, 'dist/index.html')
  const worker = join(root, 'dist/mockServiceWorker.js')
  const stale =
    mode === 'always' ||
    !existsSync(built) ||
    !existsSync(worker) ||
    Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs
  if (!stale) return
  const started = Date.now()
  // pnpm runs this script, so it is on PATH; the build script also writes MSW's service worker into public/.
  execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  console.log(`[e2e] built the demo in ${Date.now() - started} ms`)
}

export default async function setup(project: TestProject) {
  buildIfNeeded()
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Port 0: the operating system picks a free port, so parallel runs never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${address.port}`
  console.log(`[e2e] serving dist/ at ${baseUrl}`)
  project.provide('baseUrl', baseUrl)
  return async () => {
    await server.close()
  }
}
