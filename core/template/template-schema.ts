import { z } from 'zod';

export const templateFilterNames = ['default', 'upper', 'lower', 'trim', 'date', 'url'] as const;

/**
 * A parsed `{{ }}` template: literal text and expressions. Expression paths are rooted at
 * `vars`, `contact`, `input` or `now`; a bare name `x` is stored as `vars.x`.
 */
export const templateSchema = z.array(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({
      kind: z.literal('expr'),
      path: z.array(z.string()),
      filters: z.array(z.object({ name: z.enum(templateFilterNames), args: z.array(z.string()) })),
    }),
  ]),
);

export type Template = z.infer<typeof templateSchema>;
export type TemplateFilterName = (typeof templateFilterNames)[number];
