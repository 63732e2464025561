import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect } from 'react'
import { expect } from 'storybook/test'

const mounts: string[] = []

/** Notes each time React runs its mount effect: twice in StrictMode's development build, once otherwise. */
function MountProbe() {
  useEffect(() => {
    mounts.push('mount')
    return () => {
      mounts.push('unmount')
    }
  }, [])
  return <p>Rendered in {process.env.NODE_ENV === 'production' ? 'production' : 'development'} mode.</p>
}

// Not a page of the kit: a check that the story tests render as `storybook dev` does, so that a story that only
// works without StrictMode's double mount fails here instead of in front of a reader.
const meta = {
  title: 'Internal/Test setup',
  component: MountProbe,
  tags: ['!dev', '!autodocs'],
  beforeEach: () => {
    mounts.length = 0
  },
} satisfies Meta<typeof MountProbe>

export default meta
type Story = StoryObj<typeof meta>

export const StrictModeAndDevelopmentBuild: Story = {
  name: 'Stories render in StrictMode with React’s development build',
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Rendered in development mode.')).toBeVisible()
    // StrictMode mounts, unmounts and mounts again in development builds.
    await expect(mounts).toEqual(['mount', 'unmount', 'mount'])
  },
}
