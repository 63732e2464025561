import { AnchorMdx } from '@storybook/addon-docs/blocks'
import { GALLERY } from './gallery/GALLERY.mjs'
import './galleryPictures.css'

/** The gallery's pictures, made from the screenshot baselines by `scripts/contact-sheet.mjs`. */
const pictures = import.meta.glob<string>('./gallery/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
})

/**
 * Every page in a picture (the desktop in light, the phone in dark), each linking to its story. For docs pages:
 * the links move the Storybook to the story.
 */
export function GalleryPictures() {
  return (
    <ul className="gp-grid">
      {GALLERY.map(({ id, label }) => (
        <li key={id} className="gp-item">
          <AnchorMdx href={`?path=/story/${id}`} target="_self">
            <img
              className="gp-picture"
              src={pictures[`./gallery/${id}.png`]}
              alt={`${label}: the page at 1280 pixels in light and at 360 pixels in dark`}
              loading="lazy"
            />
            <span className="gp-label">{label}</span>
          </AnchorMdx>
        </li>
      ))}
    </ul>
  )
}
