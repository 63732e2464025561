import stylesheet from '../../../../packages/react/src/styles.css?raw'
import './themeVariables.css'

interface Variable {
  name: string
  light: string
  dark: string | undefined
}

/** The declarations `--sk-…: value;` of one rule block of the stylesheet. */
function declarations(block: string): Map<string, string> {
  return new Map(
    Array.from(block.matchAll(/(--sk-[\w-]+)\s*:\s*([^;]+);/g), (match) => [match[1] ?? '', match[2] ?? '']),
  )
}

/** The rule block that starts with `selector` (its first occurrence), up to its closing brace. */
function block(code: string, selector: string): string {
  const start = code.indexOf(selector)
  return start < 0 ? '' : code.slice(start, code.indexOf('}', start))
}

/** The kit's variables as its stylesheet declares them: the light (and general) values and the dark ones. */
function readVariables(): Variable[] {
  const code = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '')
  const dark = declarations(block(code, '[data-theme="dark"] {'))
  const light = new Map([
    ...declarations(block(code, '[data-theme="light"] {')),
    ...declarations(block(code, ':root {')),
  ])
  return Array.from(light, ([name, value]) => ({ name, light: value, dark: dark.get(name) }))
}

const isColour = (value: string) => /^(#|rgb)/.test(value)

function Value({ value }: { value: string }) {
  if (value.startsWith('url(')) return <span className="tv-muted">an inline SVG</span>
  return (
    <span className="tv-value">
      {isColour(value) ? (
        <span className="tv-swatch" style={{ background: value }} aria-hidden="true" />
      ) : null}
      <code>{value}</code>
    </span>
  )
}

/** Every `--sk-*` variable of the stylesheet, read from the stylesheet itself, so the list is never out of date. */
export function ThemeVariables() {
  const variables = readVariables()
  return (
    <div className="tv-scroll">
      <table className="tv-table">
        <caption>The {variables.length} variables of @statuskit/react/styles.css</caption>
        <thead>
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">Light (and every theme)</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {variables.map(({ name, light, dark }) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <Value value={light} />
              </td>
              <td>{dark === undefined ? <span className="tv-muted">same</span> : <Value value={dark} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
