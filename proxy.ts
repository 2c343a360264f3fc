import { NextResponse, type NextRequest } from 'next/server';

/**
 * Passes the requested path and query to server layouts (which cannot read them otherwise), so a
 * signed-out visitor of a deep link is sent back to exactly that page after signing in.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-replyflow-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/w/:path*'],
};
