/**
 * `application/json`, `application/problem+json` or any other `+json` type, in any case, with parameters.
 * HTML, text and missing types are not JSON, so their bodies are never read.
 */
export function isJsonContentType(value: string | undefined): boolean {
  return /^[\t ]*application\/([\w.!#$%&'*^`|~-]+\+)?json[\t ]*(;|$)/i.test(value as string)
}
