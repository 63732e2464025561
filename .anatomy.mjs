import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const [,, entry, dir] = process.argv
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query']
const r = await build({ conditions: ['@statuskit/source'], jsx: 'automatic', stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', external, define: { 'process.env.NODE_ENV': '"production"' }, metafile: true, logLevel: 'silent' })
const out = Object.values(r.metafile.outputs)[0]
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0])
for (const [b, k] of rows) console.log(String(b).padStart(6), k.replace(/.*packages\//, ''))
console.log('total min', r.outputFiles[0].text.length, 'gzip', gzipSync(r.outputFiles[0].text, { level: 9 }).length)
