import { DemoApp } from './DemoApp'
import { ORDERS } from './Order'
import { OrderList } from './OrderList'

/** A stand-in for an app's home page, where "Go to the home page" leads in this Storybook. */
export function ExampleHome() {
  return (
    <DemoApp>
      <h1>Welcome back</h1>
      <OrderList orders={ORDERS} />
    </DemoApp>
  )
}
