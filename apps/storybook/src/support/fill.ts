/** Fills a message template's `{name}` slots, so stories assert the kit's own words whatever they become. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot))
}
