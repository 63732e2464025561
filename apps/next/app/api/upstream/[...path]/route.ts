import { fetchUpstream } from '../../../../lib/upstream'

/** The backend API as the browser sees it: `/shop/api/upstream/products/1`. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  return fetchUpstream(path.join('/'))
}
