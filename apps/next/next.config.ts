import type { NextConfig } from 'next'
import { basePath } from './lib/basePath'

const config: NextConfig = { basePath }

export default config
