'use client'

export { StatusErrorPage as default } from '@statuskit/react/next'
