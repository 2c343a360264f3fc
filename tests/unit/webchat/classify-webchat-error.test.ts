import { describe, expect, it } from 'vitest';
import { classifyWebchatError } from '@/components/webchat/classify-webchat-error';

describe('classifyWebchatError', () => {
  it.each([
    [new TypeError('Failed to fetch'), 'network'],
    [{ message: 'Unable to transform response from server' }, 'network'],
    [null, 'network'],
    [{ data: { code: 'NOT_FOUND', httpStatus: 404 } }, 'unavailable'],
    [{ data: { code: 'FORBIDDEN', httpStatus: 403 } }, 'unavailable'],
    [{ data: { httpStatus: 404 } }, 'unavailable'],
    [{ data: { code: 'UNAUTHORIZED', httpStatus: 401 } }, 'expired'],
    [{ data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } }, 'rateLimited'],
    [{ data: { code: 'BAD_REQUEST', httpStatus: 400 } }, 'unknown'],
    [{ data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } }, 'unknown'],
  ])('%j → %s', (error, expected) => {
    expect(classifyWebchatError(error)).toBe(expected);
  });
});
