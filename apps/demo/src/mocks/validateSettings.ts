import type { Settings } from './mockData'

/** The longest shop name order emails have room for. */
export const MAX_SHOP_NAME = 40

/** One entry of a problem document's `errors`, as RFC 9457's example has them. */
export interface SettingsError {
  detail: string
  /** A JSON Pointer into the request body; absent for a message about the settings as a whole. */
  pointer?: string
}

function isEmail(value: unknown): boolean {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}

/**
 * What the settings endpoint refuses, as the `errors` of its 422: a message per field the user got wrong, and one
 * without a field (nothing was changed), or none when the settings can be saved.
 */
export function validateSettings(body: unknown): SettingsError[] {
  const settings = (typeof body === 'object' && body !== null ? body : {}) as Partial<
    Record<keyof Settings, unknown>
  >
  const errors: SettingsError[] = []
  const name = typeof settings.displayName === 'string' ? settings.displayName.trim() : ''
  if (name === '') errors.push({ pointer: '#/displayName', detail: 'Enter a shop name' })
  else if (name.length > MAX_SHOP_NAME) {
    errors.push({
      pointer: '#/displayName',
      detail: `Shop name must be ${MAX_SHOP_NAME} characters or fewer`,
    })
  }
  if (!isEmail(settings.email)) {
    errors.push({
      pointer: '#/email',
      detail: 'Enter an email address in the correct format, like name@example.com',
    })
  }
  if (errors.length > 0) {
    errors.push({ detail: 'None of your settings were changed. Correct the ones marked and save again.' })
  }
  return errors
}
