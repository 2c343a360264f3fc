import { readFile } from 'node:fs/promises';
import { type FlowDocument, parseFlowDocument } from '@/core';

type Loaded = { ok: true; document: FlowDocument } | { ok: false; message: string };

/**
 * Reads, parses and migrates a flow document file. Used by `validate` and `simulate`; every failure is a
 * message for the user, never an exception.
 */
export async function loadFlowFile(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = parseFlowDocument(json);
  if (parsed.ok) return parsed;
  const issues = parsed.issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`);
  return { ok: false, message: [`${file} is not a valid flow document:`, ...issues].join('\n') };
}
