import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFlow, compiledFlowSchema, exampleFlows, parseFlowDocument } from '@/core';
import { buildLargeFlowDocument } from '@/core/examples/build-large-flow-document';
import { converse } from './helpers/conversation';

const FIXTURES = path.resolve(__dirname, '../../fixtures/flows');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const stable = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Compares with a golden file; rewrites it only when UPDATE_GOLDEN=1. */
function expectGolden(file: string, content: string): void {
  const target = path.join(FIXTURES, file);
  if (UPDATE) writeFileSync(target, content);
  expect(existsSync(target), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(content).toBe(readFileSync(target, 'utf8'));
}

describe('example flows', () => {
  it('ships at least five with unique ids and bilingual names', () => {
    expect(exampleFlows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(exampleFlows.map((flow) => flow.id)).size).toBe(exampleFlows.length);
  });

  describe.each(exampleFlows.map((flow) => [flow.id, flow] as const))('%s', (id, flow) => {
    it('compiles without any diagnostic and matches its golden output', () => {
      const { compiled, diagnostics } = compileFlow(flow.document);
      expect(diagnostics).toEqual([]);
      expect(compiledFlowSchema.parse(compiled)).toEqual(compiled);
      expectGolden(`${id}.golden.json`, stable(compiled));
    });
    it('has a document fixture for the CLI that parses back to the same document', () => {
      const file = path.join(FIXTURES, `${id}.flow.json`);
      if (UPDATE) writeFileSync(file, stable(flow.document));
      const parsed = parseFlowDocument(JSON.parse(readFileSync(file, 'utf8')));
      expect(parsed).toEqual({ ok: true, document: flow.document });
    });
  });

  it('reports the broken fixture with golden diagnostics', () => {
    const parsed = parseFlowDocument(
      JSON.parse(readFileSync(path.join(FIXTURES, 'broken.flow.json'), 'utf8')),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = compileFlow(parsed.document);
    expect(result.compiled).toBeNull();
    expectGolden('broken.golden.json', stable(result.diagnostics));
  });
});

describe('example conversations', () => {
  const flow = (id: string) => {
    const found = exampleFlows.find((example) => example.id === id);
    if (!found) throw new Error(id);
    return found.document;
  };

  it('e-commerce: order lookup over HTTP', () => {
    const c = converse(flow('ecommerce-faq'));
    expect(c.say('查订单')).toEqual(['请回复您的订单号（6-24 位字母或数字）：']);
    expect(c.say('abc')).toEqual(['订单号格式不对，请再发一次，例如 SO20260101001。']);
    const effects = c.send({ type: 'text', text: 'SO20260101001' });
    expect(effects).toContainEqual(
      expect.objectContaining({
        type: 'http-request',
        url: 'https://api.shop.example.com/orders/SO20260101001',
      }),
    );
    const done = c.send({
      type: 'http-result',
      requestId: 'http-order:2',
      status: 200,
      body: { data: { status: '已发货' } },
    });
    expect(
      done.flatMap((e) => (e.type === 'send' && e.message.kind === 'text' ? [e.message.text] : [])),
    ).toEqual(['订单 SO20260101001 当前状态：已发货，预计送达：待定。']);
    expect(c.say('包邮吗')).toEqual(['全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。']);
    expect(c.say('随便聊聊')).toEqual(['抱歉，我没听懂。回复“菜单”查看我能做什么。']);
  });

  it('lead capture: validation, interrupt and CRM post', () => {
    const c = converse(flow('lead-capture'));
    c.say('我想预约演示');
    expect(c.say('王小明')).toEqual(['王小明，请留下您的手机号，方便顾问联系您：']);
    expect(c.say('12345')).toEqual(['手机号格式不正确，请输入 11 位手机号，例如 13800138000。']);
    expect(c.say('138-0013-8000')).toEqual(['您的工作邮箱是？（用于接收演示资料）']);
    c.say('wang@example.com');
    const effects = c.send({ type: 'text', text: '11-100 人', menuId: 'medium' });
    expect(effects).toContainEqual({ type: 'tag-contact', add: ['lead'], remove: [] });
    expect(c.state.variables).toMatchObject({ name: '王小明', phone: '13800138000', company_size: 'medium' });
    c.say('试用');
    expect(c.say('取消')).toEqual(['已取消。需要时随时回复“试用”。']);
  });

  it('business hours: weekday handoff, night message', () => {
    const day = converse(flow('business-hours'));
    expect(day.send({ type: 'text', text: '人工' })).toContainEqual({
      type: 'handoff',
      nodeId: 'handoff-weekday',
      reason: 'business-hours',
    });
    const night = converse(flow('business-hours'), { now: '2026-03-02T14:00:00Z' });
    expect(night.say('人工')[0]).toContain('非工作时间');
    expect(night.say('请明天给我回电话')).toEqual(['已收到留言：“请明天给我回电话”。我们会尽快联系您。']);
  });

  it('after-sales: repair registration and follow-up inside allowed hours', () => {
    const c = converse(flow('after-sales'));
    c.say('手机坏了');
    expect(c.say('2')).toEqual(['<news>']);
    c.say('售后');
    c.say('保修');
    const effects = c.send({ type: 'text', text: 'sn12ab34cd' });
    const timer = effects.find((e) => e.type === 'schedule-timer');
    expect(timer).toBeDefined();
    expect(
      effects.some(
        (e) => e.type === 'send' && e.message.kind === 'text' && e.message.text.includes('SN12AB34CD'),
      ),
    ).toBe(true);
  });

  it('follow welcome: QR scene branches for new and existing followers', () => {
    const fresh = converse(flow('follow-welcome'));
    expect(fresh.send({ type: 'follow', scene: 'store_sh' })).toContainEqual({
      type: 'tag-contact',
      add: ['store-sh'],
      remove: [],
    });
    const existing = converse(flow('follow-welcome'));
    expect(existing.send({ type: 'scan', scene: 'expo_2026' })).toContainEqual(
      expect.objectContaining({ type: 'tag-contact', add: ['new-follower'] }),
    );
    expect(existing.state.variables.source).toBe('2026 展会');
  });
});

describe('compiler performance', () => {
  it('compiles a 10,000-node document in well under a second', () => {
    const document = buildLargeFlowDocument(10_000);
    const started = performance.now();
    const { compiled, diagnostics } = compileFlow(document);
    const elapsed = performance.now() - started;
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(compiled?.nodes ?? {}).length).toBe(document.nodes.length);
    expect(elapsed).toBeLessThan(1000);
  });
});
