import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { withDocsScrollKept } from './withDocsScrollKept'
import { withThemeAndLocale } from './withThemeAndLocale'
import '@statuskit/react/styles.css'
import './preview.css'

const preview = {
  tags: ['autodocs'],
  // Starts the MSW worker once and applies each story's `parameters.msw` handlers (reset between stories).
  loaders: [mswLoader()],
  decorators: [withThemeAndLocale, withDocsScrollKept],
  globalTypes: {
    locale: {
      description: 'Language of the pages',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (sets data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Every story is also an accessibility test: any axe violation fails it in the browser test run.
    a11y: { test: 'error' },
    react: {
      rootOptions: {
        // Many stories throw on purpose and a StatusBoundary catches it; React would log each caught error
        // (the kit reports through onError instead). Uncaught errors are still logged.
        onCaughtError: () => {},
      },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Theming', 'Changing the words'],
          'Pages',
          [
            'Gallery',
            '400 Bad Request',
            '401 Unauthorized',
            '403 Forbidden',
            '404 Not Found',
            '405 Method Not Allowed',
            '429 Too Many Requests',
            '500 Internal Server Error',
            '502 Bad Gateway',
            '503 Service Unavailable',
            '504 Gateway Timeout',
            'Offline',
            'Timeout',
            'Unknown error',
          ],
          'Components',
          [
            'StatusBoundary',
            'StatusPage',
            'StatusKitProvider',
            'SessionGuard',
            'Sign-in dialog',
            'StatusNotice',
            'ErrorSummary',
            'OfflineNotice',
          ],
          'Hooks',
          ['useStatusPage', 'useInlineFailures', 'useRetryCountdown'],
          'Live',
          'Reference',
          ['Statuses', 'Status table'],
          'Example app',
          'Internal',
        ],
      },
    },
    controls: { matchers: { date: /(At|Date)$/ } },
  },
} satisfies Preview

export default preview
