import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundary of core/ is a lint rule; this proves the rule fires (a silently broken
// config would let React or IO creep into the pure flow language).
describe('core/ import boundary', () => {
  const eslint = new ESLint();
  const forbidden = [
    "import { useState } from 'react';",
    "import { readFileSync } from 'node:fs';",
    "import { eq } from 'drizzle-orm';",
    "import { getServices } from '@/server/services';",
    "import { redirect } from 'next/navigation';",
    "import { readFileSync } from 'fs';",
  ];
  for (const line of forbidden) {
    it(`rejects: ${line}`, async () => {
      const [result] = await eslint.lintText(`${line}\nexport const x = 1;\n`, {
        filePath: 'core/probe.ts',
      });
      const rules = result?.messages.map((m) => m.ruleId);
      expect(rules).toContain('no-restricted-imports');
    });
  }
  it('allows zod in core/', async () => {
    const [result] = await eslint.lintText("import { z } from 'zod';\nexport const s = z.string();\n", {
      filePath: 'core/probe.ts',
    });
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
  it('does not restrict server/', async () => {
    const [result] = await eslint.lintText(
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      {
        filePath: 'server/probe.ts',
      },
    );
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
