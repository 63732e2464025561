/**
 * Fills the `{name}` placeholders of a message template. A placeholder without a value stays as written, so a
 * mistake in an override shows up instead of vanishing. Values are plain text: React renders the result as text.
 */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  )
}
