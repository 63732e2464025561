import type { PageProps } from '@statuskit/react'
import type { ArgTypes } from '@storybook/react-vite'

/**
 * Controls for a page's props: the words as plain text fields (the props take any React node; a string is what
 * most apps pass), the heading level as a choice, and no editor for the error, the reset or the actions.
 */
export const pageArgTypes: Partial<ArgTypes<PageProps>> = {
  title: { control: 'text' },
  description: { control: 'text' },
  headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
  actions: { control: false },
  error: { control: false },
  reset: { control: false },
}
