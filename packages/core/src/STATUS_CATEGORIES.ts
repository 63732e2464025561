/** The class of a status code, from its first digit. */
export type StatusCategory = 'informational' | 'success' | 'redirection' | 'client-error' | 'server-error'

/** The category of each class, 1xx first: the category of a code is `STATUS_CATEGORIES[first digit - 1]`. */
export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  'informational',
  'success',
  'redirection',
  'client-error',
  'server-error',
]
