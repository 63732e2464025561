// MSW is a devDependency of the workspace's demo and Storybook apps, not (yet) of this package: the package's
// tests use that same copy by path rather than installing a second one.
export { delay, HttpResponse, http } from '../../../../apps/demo/node_modules/msw/lib/core/index.mjs'
export { setupServer } from '../../../../apps/demo/node_modules/msw/lib/node/index.mjs'
