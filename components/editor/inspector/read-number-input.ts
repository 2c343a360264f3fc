export type NumberInputResult =
  | { ok: true; value: number | undefined }
  | { ok: false; problem: 'required' | 'notANumber' | 'wholeNumber' | 'min' | 'max' };

/**
 * What a typed number means for a node field bounded like its schema: a value to store, or why it
 * cannot be stored (so the draft never holds a value the server would refuse to save).
 */
export function readNumberInput(
  text: string,
  bounds: {
    optional?: boolean | undefined;
    min?: number | undefined;
    max?: number | undefined;
    integer?: boolean | undefined;
  },
): NumberInputResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return bounds.optional ? { ok: true, value: undefined } : { ok: false, problem: 'required' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (bounds.integer && !Number.isInteger(value)) return { ok: false, problem: 'wholeNumber' };
  if (bounds.min !== undefined && value < bounds.min) return { ok: false, problem: 'min' };
  if (bounds.max !== undefined && value > bounds.max) return { ok: false, problem: 'max' };
  return { ok: true, value };
}
