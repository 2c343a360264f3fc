import { describe, expect, it } from 'vitest';
import { flowNodeSchema, nodeCatalogue } from '@/core';

describe('nodeCatalogue', () => {
  const entries = Object.entries(nodeCatalogue);
  it('covers every node type of the document schema', () => {
    const types = flowNodeSchema.options.map((option) => option.shape.type.value).sort();
    expect(entries.map(([type]) => type).sort()).toEqual(types);
  });
  it.each(entries)(
    '%s: default data is valid, labelled in both languages, ports are unique',
    (type, definition) => {
      expect(definition.type).toBe(type);
      const data = definition.defaultData();
      expect(flowNodeSchema.safeParse({ id: 'n', type, data }).success).toBe(true);
      expect(definition.label.en).not.toBe('');
      expect(definition.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(definition.description.zh).toMatch(/[\u4e00-\u9fff]/);
      const ports = (definition.ports as (d: unknown) => { id: string }[])(data).map((port) => port.id);
      expect(new Set(ports).size).toBe(ports.length);
    },
  );
});
