import { type ProblemDetails, parseProblemDetails } from './parseProblemDetails'

/**
 * A problem details document copied the way `parseProblemDetails` copies a body (its extensions flattened back
 * into members first), so a hand-made document becomes plain data that `JSON.stringify` can write.
 * Throws only when the document itself cannot be read (a revoked proxy).
 */
export function copyProblem(problem: ProblemDetails): ProblemDetails | undefined {
  const { extensions, ...members } = problem
  return parseProblemDetails({ ...extensions, ...members })
}
