#!/usr/bin/env node
// Asserts that the built Storybook (storybook-static/index.json) has at least one story for every status a JSON
// API commonly returns, plus the offline, timeout and unknown-error states, and the docs pages. Run after
// `storybook build`; exits 1 and names what is missing.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const indexPath = process.argv[2] ?? fileURLToPath(new URL('../storybook-static/index.json', import.meta.url))

/** What must have a story, and how to recognise one in a story's title, name or id. */
const REQUIRED = [
  ...[200, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504].map((code) => ({
    label: String(code),
    matches: (text) => new RegExp(`(^|[^0-9])${code}([^0-9]|$)`).test(text),
  })),
  { label: 'offline', matches: (text) => /offline/i.test(text) },
  {
    label: 'timeout',
    matches: (text) => /(^|[^a-z])timeout|timed out/i.test(text) && !/gateway/i.test(text),
  },
  { label: 'unknown', matches: (text) => /unknown/i.test(text) },
]

const REQUIRED_DOCS = [
  'introduction--docs',
  'guides-theming--docs',
  'guides-changing-the-words--docs',
  'reference-statuses--docs',
]

let index
try {
  index = JSON.parse(readFileSync(indexPath, 'utf8'))
} catch (error) {
  console.error(`Cannot read ${indexPath} (run storybook build first): ${error.message}`)
  process.exit(1)
}

const entries = Object.values(index.entries ?? {})
const stories = entries.filter((entry) => entry.type === 'story')
const problems = []

for (const { label, matches } of REQUIRED) {
  const found = stories.filter((story) => matches(`${story.title} ${story.name}`) || matches(story.id))
  if (found.length === 0) problems.push(`no story for ${label}`)
}
for (const id of REQUIRED_DOCS) {
  if (!entries.some((entry) => entry.id === id && entry.type === 'docs')) problems.push(`no docs page ${id}`)
}

if (problems.length > 0) {
  console.error(`${indexPath}: ${problems.join('; ')}`)
  process.exit(1)
}
console.log(`${indexPath}: ${stories.length} stories cover every required status and state.`)
