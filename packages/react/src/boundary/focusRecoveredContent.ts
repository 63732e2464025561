/** Where a fallback sat: its parent and the siblings around it, which the recovered content sits between. */
export interface FallbackPlace {
  readonly parent: Element
  readonly before: Node | null
  readonly after: Node | null
}

/**
 * Focuses the first heading of the content now in `place` (else its first element), when focus is lost: on
 * `<body>` or on a node that left the page. A user who moved focus elsewhere keeps it.
 */
function focusIn({ parent, before, after }: FallbackPlace): void {
  const active = document.activeElement
  if (active && active !== document.body && active.isConnected) return
  let first: Element | undefined
  for (
    let node = before ? before.nextSibling : parent.firstChild;
    node && node !== after;
    node = node.nextSibling
  ) {
    if (!(node instanceof HTMLElement)) continue
    const heading = node.matches('h1,h2,h3,h4,h5,h6') ? node : node.querySelector('h1,h2,h3,h4,h5,h6')
    if (heading) {
      first = heading
      break
    }
    first ??= node
  }
  if (first instanceof HTMLElement) {
    if (first.tabIndex < 0 && !first.hasAttribute('tabindex')) first.tabIndex = -1
    first.focus({ preventScroll: true })
  }
}

/**
 * After a boundary recovered while focus was in its fallback, moves focus to the recovered content instead of
 * leaving it on `<body>`. Content that is still loading gets focus when it appears (for ten seconds, while focus is
 * still lost). Returns a stop function.
 */
export function focusRecoveredContent(place: FallbackPlace): () => void {
  focusIn(place)
  const observer = new MutationObserver(() => focusIn(place))
  observer.observe(place.parent, { childList: true, subtree: true })
  const timer = setTimeout(() => observer.disconnect(), 10_000)
  return () => {
    clearTimeout(timer)
    observer.disconnect()
  }
}
