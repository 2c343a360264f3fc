/** What the visitor is told about a failed call; each has a sentence in `webchat.errors`. */
export type WebchatErrorCode = 'unavailable' | 'expired' | 'network' | 'rateLimited' | 'unknown';

interface ErrorShape {
  data?: { code?: string; httpStatus?: number } | null;
}

/**
 * Maps a tRPC client error to a visitor-facing code. An error without `data` never got a tRPC
 * answer (offline, proxy error page): it is a network problem and worth retrying.
 */
export function classifyWebchatError(error: unknown): WebchatErrorCode {
  const data = (error as ErrorShape | null)?.data;
  if (!data) return 'network';
  switch (data.code) {
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'PRECONDITION_FAILED':
      return 'unavailable';
    case 'UNAUTHORIZED':
      return 'expired';
    case 'TOO_MANY_REQUESTS':
      return 'rateLimited';
    default:
      if (data.httpStatus === 404) return 'unavailable';
      if (data.httpStatus === 429) return 'rateLimited';
      return 'unknown';
  }
}
