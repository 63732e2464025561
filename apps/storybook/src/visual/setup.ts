// First: StrictMode for the React renderer, which reads its options once as it loads.
import '../../.storybook/vitest.setup'
import { setProjectAnnotations } from '@storybook/react-vite'
import preview from '../../.storybook/preview'

// The composed stories render with the Storybook's own preview: its decorators (theme, locale, provider), its MSW
// loader and its stylesheets, in StrictMode.
setProjectAnnotations([preview])
