import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Form, Link, useSearchParams } from 'react-router'
import { searchQuery } from '../api/queries'
import { formatMoney } from '../components/formatters'
import { Loading } from '../components/Loading'
import { useAppText } from '../i18n/useAppText'

/**
 * The query lives in the URL (`?q=`), so when the API rate-limits a search and the kit's 429 page takes over,
 * the same search runs again by itself when the countdown ends.
 */
export function SearchPage() {
  const text = useAppText()
  const [params] = useSearchParams()
  const query = params.get('q') ?? ''
  const inputId = useId()
  const search = useQuery(searchQuery(query))
  return (
    <>
      <h1>{text.searchTitle}</h1>
      <Form role="search" method="get" className="search-form">
        <label htmlFor={inputId}>{text.searchLabel}</label>
        <div className="search-row">
          <input id={inputId} name="q" type="search" defaultValue={query} key={query} autoComplete="off" />
          <button type="submit" className="button">
            {text.searchButton}
          </button>
        </div>
      </Form>
      {query === '' ? (
        <p>{text.searchHint}</p>
      ) : search.data ? (
        <section aria-labelledby="results-title" className="results">
          <h2 id="results-title" aria-live="polite">
            {text.searchResults(search.data.results.length, search.data.query)}
          </h2>
          <ul>
            {search.data.results.map((order) => (
              <li key={order.id}>
                <Link to={`/orders/${order.id}`}>{order.id}</Link> · {order.customer} ·{' '}
                {formatMoney(order.total, text.locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Loading />
      )}
    </>
  )
}
