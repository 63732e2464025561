import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const css = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../styles.css'), 'utf8')
// Without comments, and without the marks' inline SVGs, whose XML (a namespace URL, `stroke-linecap`) is not CSS.
const code = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/url\("data:image\/svg\+xml,[^"]*"\)/g, 'url("")')

describe('styles.css', () => {
  it('puts every rule inside the statuskit layer, so user CSS wins without !important', () => {
    const trimmed = code.trim()
    expect(trimmed.startsWith('@layer statuskit {')).toBe(true)
    expect(trimmed.endsWith('}')).toBe(true)
    // Exactly one top-level block: depth returns to zero only at the very end.
    let depth = 0
    let closedAt = -1
    for (let index = 0; index < trimmed.length; index += 1) {
      if (trimmed[index] === '{') depth += 1
      if (trimmed[index] === '}') {
        depth -= 1
        if (depth === 0 && closedAt === -1) closedAt = index
      }
    }
    expect(closedAt).toBe(trimmed.length - 1)
    expect(code).not.toContain('!important')
  })

  it('themes through --sk- variables, light and dark, by preference and by data-theme', () => {
    expect(code).toContain('@media (prefers-color-scheme: dark)')
    expect(code).toContain('[data-theme="dark"]')
    expect(code).toContain('[data-theme="light"]')
    const declared = new Set(code.match(/--sk-[\w-]+(?=\s*:)/g))
    const used = new Set(Array.from(code.matchAll(/var\((--sk-[\w-]+)\)/g), (match) => match[1]))
    for (const name of used) expect(declared, name).toContain(name)
    for (const name of code.match(/(?<![\w-])--(?!sk-)[\w-]+(?=\s*:)/g) ?? [])
      expect.fail(`unprefixed variable ${name}`)
  })

  it('styles only sk- classes', () => {
    const classes = code.match(/\.[a-z][\w-]*/g) ?? []
    expect(classes.length).toBeGreaterThan(0)
    for (const name of classes) expect(name.startsWith('.sk-'), name).toBe(true)
  })

  it('uses logical sides only, so every page reads right in dir="rtl"', () => {
    const declarations = Array.from(code.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g), (match) => ({
      property: match[1] as string,
      value: (match[2] as string).trim(),
    }))
    expect(declarations.length).toBeGreaterThan(50)
    /** The values of a shorthand, with `calc(…)` and `var(…)` kept whole. */
    const values = (value: string) => value.match(/(?:[^\s()]+|\([^()]*(?:\([^()]*\)[^()]*)*\))+/g) ?? []
    for (const { property, value } of declarations) {
      const where = `${property}: ${value}`
      // margin-left, padding-right, border-left, border-top-left-radius, scroll-margin-left, left, right…
      expect(property, where).not.toMatch(/(^|-)(left|right)($|-)/)
      // text-align: left, float: right, clear: left, background-position: right…
      expect(value, where).not.toMatch(/\b(left|right)\b/)
      // A four-value margin, padding, inset or border shorthand with different left and right sides.
      if (/^(margin|padding|inset|border-(width|style|color))$/.test(property)) {
        const sides = values(value)
        if (sides.length === 4) expect(sides[3], where).toBe(sides[1])
      }
      if (property === 'border-radius') expect(value, where).not.toMatch(/\S\s+\S/)
    }
  })

  it('shows a focus ring for keyboard users and animates only without a reduced-motion preference', () => {
    expect(code).toMatch(/:focus-visible[^{]*\{[^}]*outline: 3px solid/)
    const transition = code.indexOf('transition')
    expect(transition).toBeGreaterThan(code.indexOf('@media (prefers-reduced-motion: no-preference)'))
    expect(code.match(/transition|animation/g)).toHaveLength(1)
  })
})
