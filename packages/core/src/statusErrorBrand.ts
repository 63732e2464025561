/**
 * Marks every StatusError. `Symbol.for` comes from the global registry, which all realms and all bundled
 * copies of this package share, so the brand survives duplicated installs where `instanceof` does not.
 */
export const STATUS_ERROR_BRAND: unique symbol = Symbol.for('statuskit.StatusError')
