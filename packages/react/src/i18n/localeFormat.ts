/**
 * `new Format(locale, options).format(value)`, falling back to the runtime's default locale when `locale` is
 * not a valid tag: a bad locale must not take the error page down with it.
 */
export function localeFormat<Options>(
  Format: new (locale?: string, options?: Options) => { format(value: number): string },
  locale: string | undefined,
  options: Options,
  value: number,
): string {
  try {
    return new Format(locale, options).format(value)
  } catch {
    return new Format(undefined, options).format(value)
  }
}
