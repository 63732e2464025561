import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { SHOTS_DIR } from './harness'

/** Each run starts a fresh report of what the tests saw (screenshots are overwritten by name). */
export default function globalSetup(): void {
  mkdirSync(SHOTS_DIR, { recursive: true })
  rmSync(join(SHOTS_DIR, 'e2e-report.jsonl'), { force: true })
}
