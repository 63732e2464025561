import { StatusPage } from '@statuskit/react'
import { createBrowserRouter } from 'react-router'
import { Layout } from './routes/Layout'
import { OrderPage } from './routes/OrderPage'
import { OrdersPage } from './routes/OrdersPage'
import { RouteErrorPage } from './routes/RouteErrorPage'
import { SearchPage } from './routes/SearchPage'
import { SettingsPage } from './routes/SettingsPage'

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <OrdersPage /> },
      { path: 'orders/:orderId', element: <OrderPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <StatusPage code={404} /> },
    ],
  },
])
