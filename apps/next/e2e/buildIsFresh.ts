import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const app = join(import.meta.dirname, '..')
const inputs = [
  ...['app', 'lib', 'next.config.ts', 'package.json', 'tsconfig.json'].map((path) => join(app, path)),
  // The app bundles the BUILT packages: a new build of theirs needs a new build of the app.
  join(app, '../../packages/react/dist'),
  join(app, '../../packages/core/dist'),
]

function newestChange(path: string): number {
  if (!existsSync(path)) return Number.POSITIVE_INFINITY
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))))
}

/**
 * Whether `.next` holds a production build of the current sources: `turbo run test:e2e` builds the app first
 * (its `build` task), so the tests only start it; run alone, they build it.
 */
export function buildIsFresh(): boolean {
  const buildId = join(app, '.next/BUILD_ID')
  return existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...inputs.map(newestChange))
}
