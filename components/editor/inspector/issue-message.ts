/** The parts of a zod issue that decide how it is worded in the inspector. */
export interface IssueLike {
  code: string;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * Maps a zod issue to an `inspector.issues.<key>` message and its ICU values; the inspector words
 * issues itself so they read the same in both UI languages.
 */
export function issueMessage(issue: IssueLike): { key: string; values: Record<string, number> } {
  const min = Number(issue.minimum ?? 0);
  const max = Number(issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { key: 'minLength', values: { min } };
      if (issue.origin === 'array') return { key: 'minItems', values: { min } };
      return { key: 'min', values: { min } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'maxLength', values: { max } };
      if (issue.origin === 'array') return { key: 'maxItems', values: { max } };
      return { key: 'max', values: { max } };
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'wholeNumber', values: {} };
      if (issue.expected === 'number') return { key: 'number', values: {} };
      return { key: 'invalidType', values: {} };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'invalidChoice', values: {} };
    case 'invalid_format':
      return { key: 'invalidFormat', values: {} };
    default:
      return { key: 'invalid', values: {} };
  }
}
