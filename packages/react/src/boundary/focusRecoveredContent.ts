/** How long after a reset the recovered content may still be loading and take focus when it appears. */
const WATCH_MS = 10_000

const HEADING = 'h1, h2, h3, h4, h5, h6'

/** Where a fallback sat: its parent and the siblings around it, which the recovered content sits between. */
export interface FallbackPlace {
  readonly parent: Element
  readonly before: Node | null
  readonly after: Node | null
}

function elementsBetween({ parent, before, after }: FallbackPlace): Element[] {
  const found: Element[] = []
  let node = before ? before.nextSibling : parent.firstChild
  while (node && node !== after) {
    if (node instanceof Element) found.push(node)
    node = node.nextSibling
  }
  return found
}

function lost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body || !active.isConnected
}

/** Focuses the first heading of the content now in `place`, else its first element; false when there is none. */
function focusIn(place: FallbackPlace): boolean {
  const elements = elementsBetween(place)
  const target =
    elements
      .map((element) => (element.matches(HEADING) ? element : element.querySelector(HEADING)))
      .find(Boolean) ?? elements[0]
  if (!(target instanceof HTMLElement)) return false
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
  return document.activeElement === target
}

/**
 * After a boundary recovered while focus was in its fallback, moves focus to the recovered content (its first
 * heading) instead of leaving it on `<body>`. Content that is still loading gets focus when it appears, for a few
 * seconds, and only while focus is still lost: a user who moved focus meanwhile keeps it. Returns a stop function.
 */
export function focusRecoveredContent(place: FallbackPlace): () => void {
  if (!place.parent.isConnected || typeof MutationObserver === 'undefined') return () => {}
  if (lost()) focusIn(place)
  const observer = new MutationObserver(() => {
    // A loading state that had focus was replaced: focus the content that replaced it.
    if (lost()) focusIn(place)
  })
  observer.observe(place.parent, { childList: true, subtree: true })
  const timer = setTimeout(() => observer.disconnect(), WATCH_MS)
  return () => {
    clearTimeout(timer)
    observer.disconnect()
  }
}
