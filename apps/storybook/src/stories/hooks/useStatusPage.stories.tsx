import { en } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { fill } from '../../support/fill'
import { freezeClock } from '../../support/freezeClock'
import { MyStatusPage } from '../../support/MyStatusPage'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'

const hookDocs = `
\`useStatusPage({ error, reset, headingLevel })\` returns everything a built-in page shows and does, so a design
system can render its own markup with the kit's behaviour: \`title\` and \`description\` in the provider's
language, \`serverMessage\` and \`fieldErrors\` (the server's words, 4xx only, to render as text), \`timing\` (the
time to come back, the countdown and the automatic retry's note), \`actions\` (links with \`href\`, buttons with
\`onSelect\`, \`disabled\` and \`busy\` states), \`statusMessage\` for the line under the actions, \`announcement\`
for a polite live region, \`reference\` for support, \`variant\` and \`state\` for styling.

\`\`\`tsx
import { useStatusPage } from '@statuskit/react'

function MyStatusPage(props: FallbackProps) {
  const page = useStatusPage(props)
  return (
    <main>
      <h1 tabIndex={-1}>{page.title}</h1>
      {page.description && <p>{page.description}</p>}
      {page.actions.map((action) => …)}
      <p role="status">{page.statusMessage}</p>
    </main>
  )
}

<StatusBoundary fallback={(props) => <MyStatusPage {...props} />}>…</StatusBoundary>
\`\`\`

The page in these stories uses none of the kit's markup or styles: its own classes, a serif type, square buttons.
The clock stands still at 14:30 UTC.
`

const meta = {
  title: 'Hooks/useStatusPage',
  component: MyStatusPage,
  args: { error: await responseError(429, { retryAfter: 120 }), reset: fn() },
  argTypes: pageArgTypes,
  parameters: { docs: { description: { component: hookDocs } } },
  beforeEach: freezeClock,
} satisfies Meta<typeof MyStatusPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A 429 in the design system's own markup: the kit's words, the time and the countdown, "Try again" inactive until
 * then, and the toggle that stops the automatic retry, whose message appears in the status line.
 */
export const BuildYourOwnPage: Story = {
  name: 'Build your own page',
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.rateLimited.title })).toHaveFocus()
    await expect(
      canvas.getByText(fill(en.rateLimited.when, { when: '14:32' }), { exact: false }),
    ).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(
      fill(en.common.timeLeft, { duration: '2 minutes' }),
    )
    const tryAgain = canvas.getByRole('button', { name: en.common.tryAgain })
    await expect(tryAgain).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(tryAgain)
    await expect(args.reset).not.toHaveBeenCalled()
    await userEvent.click(canvas.getByRole('button', { name: en.common.stopAutomatic }))
    await expect(canvas.getByRole('status')).toHaveTextContent(en.common.automaticStopped)
    await expect(canvas.getByRole('button', { name: en.common.resumeAutomatic })).toBeVisible()
    // The built-in page's markup is not used.
    await expect(document.querySelector('.sk-page')).toBeNull()
  },
}

/** A 404 in the same markup: the way home is a link (`href`), the way back a button. */
export const NotFound: Story = {
  name: 'Not found, in your own markup',
  args: { error: await responseError(404) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.notFound.title })).toHaveFocus()
    await expect(canvas.getByRole('link', { name: en.common.goHome })).toBeVisible()
    await expect(canvas.getByRole('button', { name: en.common.goBack })).toBeVisible()
  },
}
