/**
 * Whether a request body template is JSON once rendered: each `{{ }}` is stood in for by `0`,
 * which is valid both bare and inside quotes. Null when it parses, else the parser's message.
 */
export function jsonBodyProblem(body: string): string | null {
  try {
    JSON.parse(body.replace(/\{\{[^}]*\}\}/g, '0'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
