import type { Decorator } from '@storybook/react-vite'

const nativeFocus = HTMLElement.prototype.focus

function focusWithoutScrolling(this: HTMLElement, options?: FocusOptions): void {
  nativeFocus.call(this, { ...options, preventScroll: true })
}

/**
 * A full-page fallback moves focus to its heading when it mounts, which is right for an app. A docs page renders
 * every story of a component at once, so each would scroll the docs page to itself and the reader would land at
 * the last one. In docs only, focus moves without scrolling; the story view keeps the browser's behaviour.
 */
export const withDocsScrollKept: Decorator = (Story, context) => {
  HTMLElement.prototype.focus = context.viewMode === 'docs' ? focusWithoutScrolling : nativeFocus
  return <Story />
}
