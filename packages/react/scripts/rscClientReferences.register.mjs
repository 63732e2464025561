// `node --import` entry that installs rscClientReferences.mjs as a module hook.
import { register } from 'node:module'

register(new URL('./rscClientReferences.mjs', import.meta.url))
