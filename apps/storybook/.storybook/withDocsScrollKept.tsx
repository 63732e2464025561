import type { Decorator } from '@storybook/react-vite'

const nativeFocus = HTMLElement.prototype.focus

function focusWithoutScrolling(this: HTMLElement, options?: FocusOptions): void {
  nativeFocus.call(this, { ...options, preventScroll: true })
}

/** A story shown in a docs page: inline (docs view mode) or in its own iframe there (`iframe--<story id>`). */
function isOnDocsPage(viewMode: string): boolean {
  if (viewMode === 'docs') return true
  try {
    return window.frameElement?.id.startsWith('iframe--') === true
  } catch {
    return false
  }
}

/**
 * A full-page fallback moves focus to its heading when it mounts, which is right for an app. A docs page renders
 * every story of a component at once, so each would scroll the docs page to itself and the reader would land at
 * the last one. On docs pages, and in stories that show many pages at once (`parameters.focusWithoutScrolling`),
 * focus moves without scrolling; other stories keep the browser's behaviour.
 */
export const withDocsScrollKept: Decorator = (Story, context) => {
  const keep = isOnDocsPage(context.viewMode) || context.parameters.focusWithoutScrolling === true
  HTMLElement.prototype.focus = keep ? focusWithoutScrolling : nativeFocus
  return <Story />
}
