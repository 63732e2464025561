import { StatusPage } from '@statuskit/react'
import { StatusErrorPage } from '@statuskit/react/react-router'
import { createBrowserRouter } from 'react-router'
import { InvoicePage } from './routes/InvoicePage'
import { invoiceLoader } from './routes/invoiceLoader'
import { Layout } from './routes/Layout'
import { OrderPage } from './routes/OrderPage'
import { OrdersPage } from './routes/OrdersPage'
import { SearchPage } from './routes/SearchPage'
import { SettingsPage } from './routes/SettingsPage'

export const router = createBrowserRouter([
  {
    path: '/',
    // The layout's <StatusRouteBoundary> shows what the pages throw while they render (failed queries).
    element: <Layout />,
    // Only a failure of the layout itself lands here, in place of the whole app.
    errorElement: <StatusErrorPage />,
    children: [
      { index: true, element: <OrdersPage /> },
      { path: 'orders/:orderId', element: <OrderPage /> },
      {
        path: 'orders/:orderId/invoice',
        loader: invoiceLoader,
        element: <InvoicePage />,
        // What the loader throws shows inside the layout, under its header and developer panel.
        errorElement: <StatusErrorPage />,
      },
      { path: 'search', element: <SearchPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <StatusPage code={404} /> },
    ],
  },
])
