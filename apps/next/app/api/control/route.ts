import { connection } from 'next/server'
import { type ForcedResponse, upstreamControl } from '../../../lib/upstream'

// Test hooks for the fake backend: GET the request counts, POST `{ path, responses }` to force the next
// responses of a path, DELETE to start over.

export async function GET() {
  // Counts change with every request: never a response prerendered at build time.
  await connection()
  return Response.json(upstreamControl.requests())
}

export async function POST(request: Request) {
  const { path, responses } = (await request.json()) as { path: string; responses: ForcedResponse[] }
  upstreamControl.force(path, responses)
  return new Response(null, { status: 204 })
}

export function DELETE() {
  upstreamControl.reset()
  return new Response(null, { status: 204 })
}
