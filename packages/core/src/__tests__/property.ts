import fc from 'fast-check'

/**
 * The seed of every property run: fixed, so a failure on CI reproduces anywhere. Set FC_SEED to explore other
 * inputs locally; a failure prints the seed and path that replay it.
 */
const SEED = Number(
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.FC_SEED ??
    20261129,
)

/**
 * Runs `property` `numRuns` times from the fixed seed, prints how many cases were generated, and fails with
 * fast-check's own report (counterexample, seed, path) when a case breaks it.
 */
export async function checkProperty<Ts>(
  name: string,
  numRuns: number,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, { numRuns, seed: SEED })
  console.info(`${name}: ${details.numRuns} generated cases (seed ${SEED})`)
  if (details.failed) throw new Error(fc.defaultReportMessage(details))
}
