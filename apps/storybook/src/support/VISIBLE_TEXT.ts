/**
 * Testing Library options that match text within an element (it may share a line with other text) and skip the
 * visually hidden live regions (`role="status"`), which repeat what the page shows for screen readers.
 */
export const VISIBLE_TEXT = { exact: false, ignore: '[role="status"], script, style' } as const
