import { composeStories } from '@storybook/react-vite'

type StoryModule = Parameters<typeof composeStories>[0]

/** A story composed with the Storybook's preview, and the globals it pins itself (`globals: { locale: 'de' }`). */
export interface TestStory {
  id: string
  name: string
  /** What the story sets itself; these win over the test's globals. */
  pinned: Readonly<Record<string, unknown>>
  run: (context?: Record<string, unknown>) => Promise<void>
  globals: Readonly<Record<string, unknown>>
}

/** Every story of the given modules (`import.meta.glob(…, { eager: true })`), in file order. */
export function storiesOf(modules: Record<string, unknown>): TestStory[] {
  return Object.keys(modules)
    .sort()
    .flatMap((path) => {
      const module = modules[path] as StoryModule & Record<string, { globals?: Record<string, unknown> }>
      return Object.entries(composeStories(module)).map(([exportName, composed]) => {
        const story = composed as unknown as Omit<TestStory, 'pinned' | 'name'> & { storyName: string }
        return {
          id: story.id,
          name: story.storyName,
          pinned: module[exportName]?.globals ?? {},
          run: story.run,
          globals: story.globals,
        }
      })
    })
}

/**
 * Renders a story as the Storybook does (loaders, `beforeEach`, decorators, StrictMode), then runs its play
 * function, which brings the page into the state the story is about and checks it. `globals` override the
 * toolbar's (`theme`, `locale`), except those the story pins. Returns the story's frame.
 */
export async function renderStory(
  story: TestStory,
  globals: Record<string, string> = {},
): Promise<HTMLElement> {
  await story.run({ globals: { ...story.globals, ...globals, ...story.pinned } })
  const frames = document.querySelectorAll<HTMLElement>('.sb-frame')
  const frame = frames[frames.length - 1]
  if (!frame) throw new Error(`${story.id} rendered no .sb-frame`)
  return frame
}
