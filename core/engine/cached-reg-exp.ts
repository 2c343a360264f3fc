const cache = new Map<string, RegExp>();
const LIMIT = 1000;

/**
 * A RegExp for a compiled pattern, built once. The patterns were validated by the compiler and
 * carry no stateful flags, so sharing an instance is safe.
 */
export function cachedRegExp(pattern: { source: string; flags: string }): RegExp {
  const key = `${pattern.flags}/${pattern.source}`;
  let regex = cache.get(key);
  if (!regex) {
    if (cache.size >= LIMIT) cache.clear();
    regex = new RegExp(pattern.source, pattern.flags);
    cache.set(key, regex);
  }
  return regex;
}
