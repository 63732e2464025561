/** Where the shop lives on its host: every page and API route is under it (next.config.ts `basePath`). */
export const basePath = '/shop'
