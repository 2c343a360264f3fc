import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';

const dataSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  url: z.string().default(''),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
  body: z.string().default(''),
  timeoutMs: z.int().min(100).max(30_000).default(5000),
  /** `path` is a dotted path into the response JSON, e.g. `data.items[0].name`. */
  responseMappings: z.array(z.object({ variable: z.string(), path: z.string() })).default([]),
});

export const httpRequestNode = defineNode({
  type: 'http-request',
  group: 'actions',
  label: { en: 'HTTP request', zh: 'HTTP 请求' },
  description: {
    en: 'Calls an HTTP API and copies values from the JSON response into variables.',
    zh: '调用 HTTP 接口，并将 JSON 响应中的值存入变量。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    method: 'GET',
    url: '',
    headers: [],
    body: '',
    timeoutMs: 5000,
    responseMappings: [],
  }),
  ports: () => [
    { id: 'success', label: { en: 'Success', zh: '成功' }, required: false },
    { id: 'error', label: { en: 'Error', zh: '失败' }, required: false },
  ],
  entry: false,
  waits: true,
});
