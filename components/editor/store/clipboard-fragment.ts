import { z } from 'zod';
import { flowEdgeSchema, flowNodeSchema } from '@/core';

export const CLIPBOARD_FORMAT = 'replyflow/fragment';

/** What copy puts on the clipboard (as JSON text), so paste works across tabs and flows. */
export const clipboardFragmentSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  nodes: z.array(flowNodeSchema).min(1),
  edges: z.array(flowEdgeSchema).default([]),
});

export type ClipboardFragment = z.infer<typeof clipboardFragmentSchema>;

/** Reads clipboard text as a fragment; anything else (plain text, other apps' JSON) is null. */
export function parseClipboardFragment(text: string): ClipboardFragment | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = clipboardFragmentSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
