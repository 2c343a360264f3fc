import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flowDocumentSchema } from '@/core';

const TARGET = path.resolve(__dirname, '../../../docs/flow.schema.json');

/** docs/flow.schema.json is generated from the zod schema; UPDATE_GOLDEN=1 rewrites it. */
describe('docs/flow.schema.json', () => {
  it('matches the flow document schema', () => {
    const schema = {
      ...z.toJSONSchema(flowDocumentSchema, { io: 'input', target: 'draft-2020-12' }),
      $id: 'https://replyflow.dev/schemas/flow.schema.json',
      title: 'ReplyFlow flow document',
    };
    const content = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(TARGET, content);
    expect(existsSync(TARGET), 'run with UPDATE_GOLDEN=1 to generate it').toBe(true);
    expect(readFileSync(TARGET, 'utf8')).toBe(content);
  });
});
