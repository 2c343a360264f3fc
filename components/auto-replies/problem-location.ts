export type ProblemSection =
  'follow' | 'keywordRules' | 'defaultReply' | 'businessHours' | 'offHours' | 'general';

const SECTIONS: readonly ProblemSection[] = [
  'follow',
  'keywordRules',
  'defaultReply',
  'businessHours',
  'offHours',
];

/** Where a problem path points in the form: its section and, for keyword replies, the rule number (1-based). */
export function problemLocation(path: readonly (string | number)[]): {
  section: ProblemSection;
  rule?: number;
} {
  const head = path[0];
  const section = SECTIONS.find((s) => s === head) ?? 'general';
  const index = path[1];
  if (section === 'keywordRules' && typeof index === 'number') return { section, rule: index + 1 };
  return { section };
}
