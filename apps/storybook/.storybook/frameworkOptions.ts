/**
 * Options of `@storybook/react-vite`, shared by `storybook dev`/`build` (main.ts) and the story tests
 * (vitest.setup.ts): every story renders in StrictMode, as React's development build runs it in an app.
 */
export const frameworkOptions = { strictMode: true }
