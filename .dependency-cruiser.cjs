// Architecture rules, checked in CI (`pnpm run deps`):
// - no import cycles between modules at run time, and none between the folders of @statuskit/react;
// - @statuskit/core decides and stays free of React: nothing in it imports React, TanStack Query or the React package;
// - each folder of packages/react/src imports only folders listed before it (see packages/react/src/README.md).
// Type-only imports count too. Tests may import anything.

/** The folders of packages/react/src, from the ones everything builds on to the ones nothing else needs. */
const LAYERS = [
  'i18n',
  'forms',
  'context',
  'query',
  'pages',
  'session',
  'inline',
  'boundary',
  'provider',
  'next',
  'react-router',
  'tanstack-router',
]
const TESTS = '(\\.test\\.|\\.test-d\\.|/__tests__/|/test/)'
const react = (folder) => `^packages/react/src/${folder}/`

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a cycle (a type guard that names its own class is no cycle at run time).',
      from: { pathNot: TESTS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-without-react',
      severity: 'error',
      comment: '@statuskit/core decides; it never imports React, TanStack Query or the React package.',
      from: { path: '^packages/core/src/' },
      to: { path: '(^packages/react/)|(node_modules/(react|react-dom|@tanstack)/)' },
    },
    ...LAYERS.map((folder, index) => ({
      name: `layer-${folder}`,
      severity: 'error',
      comment: `packages/react/src/${folder} may only import the folders before it: ${LAYERS.slice(0, index).join(', ') || 'none'}.`,
      from: { path: react(folder), pathNot: TESTS },
      to: { path: `^packages/react/src/(${LAYERS.slice(index + 1).join('|')})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|storybook-static|\\.next)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { conditionNames: ['@statuskit/source', 'import', 'default'] },
  },
}
