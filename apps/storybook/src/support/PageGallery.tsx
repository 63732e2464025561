import type { StatusError } from '@statuskit/core'
import { StatusPage } from '@statuskit/react'
import './gallery.css'

export interface GalleryItem {
  /** What the card shows above the page: "404", "Offline", … */
  label: string
  error: StatusError
}

const ignoreReset = () => {}

/**
 * Every built-in page at once, each in a card at its real size, as the kit renders it (`<StatusPage error>`).
 * The pages keep their `h1` and focus it as they mount, as one page alone would; the story keeps the view where it
 * is (see `withDocsScrollKept`).
 */
export function PageGallery({ items }: { items: readonly GalleryItem[] }) {
  return (
    <div className="gallery">
      {items.map(({ label, error }) => (
        <figure key={label} className="gallery-card">
          <figcaption className="gallery-label">{label}</figcaption>
          <div className="gallery-page">
            <StatusPage error={error} reset={ignoreReset} />
          </div>
        </figure>
      ))}
    </div>
  )
}
