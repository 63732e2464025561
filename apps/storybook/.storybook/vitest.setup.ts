import { frameworkOptions } from './frameworkOptions'

// `storybook dev` writes the framework options into its iframe's HTML, and the React renderer reads them from
// `globalThis.FRAMEWORK_OPTIONS` when it loads; the vitest addon writes nothing there, so without this the story
// tests would render without StrictMode. This file runs before the addon loads the preview (and the renderer).
Object.assign(globalThis, { FRAMEWORK_OPTIONS: frameworkOptions })
