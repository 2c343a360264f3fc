import { describe, expect, it } from 'vitest';
import { appProblemsOf } from '@/components/auto-replies/app-problems-of';
import { appCodeOf } from '@/components/auto-replies/app-code-of';
import { type DraftProblem } from '@/components/auto-replies/draft-problem';
import { problemLocation } from '@/components/auto-replies/problem-location';
import { problemsAt } from '@/components/auto-replies/problems-at';

const problem = (path: (string | number)[]): DraftProblem => ({ path, code: 'x', message: path.join('.') });

describe('problemsAt', () => {
  const problems = [
    problem(['keywordRules', 2, 'reply']),
    problem(['keywordRules', 2, 'keywords', 1]),
    problem(['keywordRules', 12, 'reply']),
    problem(['keywordRules']),
    problem(['businessHours']),
    problem(['businessHours', 'hours', 0, 'start']),
    problem([]),
  ];
  const paths = (found: DraftProblem[]) => found.map((p) => p.message);

  it('finds problems at a path and below it', () => {
    expect(paths(problemsAt(problems, ['keywordRules', 2, 'keywords']))).toEqual([
      'keywordRules.2.keywords.1',
    ]);
    expect(paths(problemsAt(problems, ['businessHours']))).toEqual([
      'businessHours',
      'businessHours.hours.0.start',
    ]);
  });

  it('does not confuse rule 2 with rule 12', () => {
    expect(paths(problemsAt(problems, ['keywordRules', 2, 'reply']))).toEqual(['keywordRules.2.reply']);
  });

  it('keeps only the path itself when exact', () => {
    expect(paths(problemsAt(problems, ['keywordRules'], true))).toEqual(['keywordRules']);
  });
});

describe('problemLocation', () => {
  it('names the section and the 1-based rule number', () => {
    expect(problemLocation(['keywordRules', 0, 'reply'])).toEqual({ section: 'keywordRules', rule: 1 });
    expect(problemLocation(['keywordRules'])).toEqual({ section: 'keywordRules' });
    expect(problemLocation(['follow', 'reply'])).toEqual({ section: 'follow' });
    expect(problemLocation(['offHours', 'reply'])).toEqual({ section: 'offHours' });
    expect(problemLocation([])).toEqual({ section: 'general' });
    expect(problemLocation(['version'])).toEqual({ section: 'general' });
  });
});

describe('appProblemsOf / appCodeOf', () => {
  const invalid = {
    data: {
      appCode: 'AUTO_REPLY_INVALID',
      appDetails: {
        problems: [
          { path: ['follow', 'reply'], code: 'empty-reply', message: 'No message.', messageZh: '没有消息。' },
        ],
      },
    },
  };

  it('reads the problems of AUTO_REPLY_INVALID', () => {
    expect(appProblemsOf(invalid)).toEqual(invalid.data.appDetails.problems);
    expect(appCodeOf(invalid)).toBe('AUTO_REPLY_INVALID');
  });

  it('is empty for other or malformed errors', () => {
    expect(appProblemsOf({ data: { appCode: 'REVISION_CONFLICT' } })).toEqual([]);
    expect(appProblemsOf({ data: { appCode: 'AUTO_REPLY_INVALID', appDetails: { problems: 'x' } } })).toEqual(
      [],
    );
    expect(appProblemsOf(new Error('boom'))).toEqual([]);
    expect(appProblemsOf(null)).toEqual([]);
    expect(appCodeOf({ data: { appCode: 'REVISION_CONFLICT' } })).toBe('REVISION_CONFLICT');
    expect(appCodeOf({ data: null })).toBeNull();
    expect(appCodeOf('x')).toBeNull();
  });
});
