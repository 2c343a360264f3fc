const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every key holds a non-empty string. */
const hasStrings = (value: unknown, keys: readonly string[]): boolean =>
  isObject(value) && keys.every((k) => typeof value[k] === 'string' && value[k] !== '');

/** Shape checks shared by the fake's body validators. */
export const fakeBodyChecks = { isObject, hasStrings } as const;
