import { useQuery } from '@tanstack/react-query'
import { fetchJson } from './fetchJson'

/** A second widget of the demo page, with its own query (`/api/recommendations`), so it can fail on its own. */
export function Recommendations() {
  const { data } = useQuery({
    queryKey: ['recommendations'],
    queryFn: () => fetchJson<string[]>('/api/recommendations'),
  })
  return (
    <section aria-labelledby="recommendations-heading" className="demo-card">
      <h2 id="recommendations-heading">Recommended for you</h2>
      {data === undefined ? (
        <p role="status">Loading recommendations…</p>
      ) : (
        <ul>
          {data.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
