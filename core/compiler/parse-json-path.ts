const TOKEN = /^(?:\.?([^.[\]]+)|\[(\d+)\])/;

/** Parses `data.items[0].name` (optionally prefixed `$.`) into segments; null when malformed. */
export function parseJsonPath(text: string): (string | number)[] | null {
  let rest = text.trim().replace(/^\$\.?/, '');
  if (rest === '') return null;
  const path: (string | number)[] = [];
  while (rest.length > 0) {
    const match = TOKEN.exec(rest);
    if (!match) return null;
    path.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
    rest = rest.slice(match[0].length);
  }
  return path;
}
