import { listStatuses, type StatusCategory } from '@statuskit/core'
import { describeStatus } from '@statuskit/core/descriptions'
import { Fragment } from 'react'
import './StatusReferenceTable.css'

interface StatusReferenceTableProps {
  /** Only these codes (in registry order); all registered codes without it. */
  codes?: readonly number[]
  /** Only this category. */
  category?: StatusCategory
  caption?: string
}

/** Text with `backticked` parts shown as code, as the descriptions write header names and values. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        // Odd parts sit between backticks. The index is the part's only identity and the list never reorders.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  )
}

/**
 * The status reference, built from the registry (`listStatuses()`) and the developer descriptions
 * (`describeStatus()`), so it always matches what the kit knows.
 */
export function StatusReferenceTable({
  codes,
  category,
  caption = 'Every registered HTTP status',
}: StatusReferenceTableProps) {
  const rows = listStatuses().filter(
    (status) =>
      (codes === undefined || codes.includes(status.code)) &&
      (category === undefined || status.category === category),
  )
  return (
    <div className="sr-scroll">
      <table className="sr-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Reason</th>
            <th scope="col">Category</th>
            <th scope="col">Retryable</th>
            <th scope="col">Description</th>
            <th scope="col">When to expect</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((status) => {
            const text = describeStatus(status.code)
            return (
              <tr key={status.code} id={`status-${status.code}`}>
                <th scope="row">{status.code}</th>
                <td>
                  {status.reason}
                  <br />
                  <code className="sr-key">STATUS.{status.key}</code>
                </td>
                <td>{status.category}</td>
                <td>{status.retryable ? 'yes' : 'no'}</td>
                <td>{text ? <WithCode text={text.description} /> : '(not described)'}</td>
                <td>{text ? <WithCode text={text.whenToExpect} /> : '(not described)'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
