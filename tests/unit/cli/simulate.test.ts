import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSimulate } from '@/server/cli/commands/simulate';

const fixture = (id: string) => path.resolve(__dirname, '../../fixtures/flows', `${id}.flow.json`);

async function simulate(options: {
  file: string;
  lines: string[];
  json?: boolean;
  at?: string;
  contact?: string;
}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSimulate({
    file: options.file,
    json: options.json ?? false,
    at: options.at ?? '2026-03-02T02:00:00Z',
    ...(options.contact === undefined ? {} : { contact: options.contact }),
    input: Readable.from(options.lines.map((line) => `${line}\n`)),
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    interactive: false,
  });
  return { code, out, err };
}

describe('replyflow simulate', () => {
  it('prints replies to plain-text and JSON lines', async () => {
    const result = await simulate({
      file: fixture('ecommerce-faq'),
      lines: ['菜单', '{"type":"text","text":"包邮吗"}'],
      contact: '{"name":"小李"}',
    });
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'bot> 您好 小李，请选择：',
      'bot>   [shipping] 运费说明',
      'bot>   [returns] 退货流程',
      'bot>   [order] 查订单',
      'bot> 也可以直接输入问题。',
      'bot> 全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。',
    ]);
  });

  it('prints one JSON line per processed event with --json, HTTP results fed back as events', async () => {
    const result = await simulate({
      file: fixture('ecommerce-faq'),
      json: true,
      lines: [
        '查订单',
        'SO123456',
        '{"type":"http-result","requestId":"http-order:2","status":200,"body":{"data":{"status":"shipped"}}}',
      ],
    });
    expect(result.code).toBe(0);
    const records = result.out.map(
      (line) => JSON.parse(line) as { event: { type: string }; effects: { type: string }[] },
    );
    expect(records.map((r) => r.event.type)).toEqual(['text', 'text', 'http-result']);
    expect(records[1]?.effects.map((e) => e.type)).toContain('http-request');
    expect(JSON.stringify(records[2])).toContain('订单 SO123456 当前状态：shipped');
  });

  it('fires due timers when the clock moves', async () => {
    const result = await simulate({
      file: fixture('ecommerce-faq'),
      lines: ['查订单', '{"type":"advance","seconds":301}'],
    });
    expect(result.out).toContain('bot> 您好像离开了，需要时回复“查订单”即可。');
    expect(result.out.some((line) => line.includes('timer ask-order:1 fired'))).toBe(true);
  });

  it('uses --at for time windows', async () => {
    const night = await simulate({
      file: fixture('business-hours'),
      at: '2026-03-02T14:00:00Z',
      lines: ['人工'],
    });
    expect(night.out[0]).toContain('非工作时间');
    const day = await simulate({ file: fixture('business-hours'), lines: ['人工'] });
    expect(day.out).toContain('bot> 正在为您转接人工客服，请稍候…');
  });

  it('reports bad lines on stderr and exits 1', async () => {
    const result = await simulate({
      file: fixture('ecommerce-faq'),
      lines: ['{"type":"teleport"}', '{oops', 'hi'],
    });
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(2);
    expect(result.out).toEqual(['bot> 抱歉，我没听懂。回复“菜单”查看我能做什么。']);
  });

  it('refuses a flow with errors (1) and unusable options or files (2)', async () => {
    expect((await simulate({ file: fixture('broken'), lines: [] })).code).toBe(1);
    expect((await simulate({ file: fixture('missing'), lines: [] })).code).toBe(2);
    expect((await simulate({ file: fixture('ecommerce-faq'), at: 'yesterday', lines: [] })).code).toBe(2);
    expect(
      (await simulate({ file: fixture('ecommerce-faq'), contact: '{"tags":"vip"}', lines: [] })).code,
    ).toBe(2);
  });
});
