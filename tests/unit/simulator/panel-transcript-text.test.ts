import { describe, expect, it } from 'vitest';
import { buildChatRows } from '@/components/simulator/build-chat-rows';
import { buildTranscriptJson } from '@/components/simulator/build-transcript-json';
import { buildTranscriptText } from '@/components/simulator/build-transcript-text';
import { simulation, step, turn } from './panel-fixture';

const sim = simulation([
  step({
    action: { type: 'event', event: { type: 'follow', scene: 'promo' } },
    at: 60_000,
    clockAfter: 60_000,
  }),
  step({
    action: { type: 'event', event: { type: 'text', text: 'menu' } },
    at: 120_000,
    clockAfter: 120_000,
    turns: [turn({ at: 120_000 })],
    replies: [
      {
        message: { kind: 'menu', head: 'Pick one', options: [{ id: '1', label: 'Yes' }], tail: '' },
        nodeId: 'm1',
        at: 120_000,
        turn: 0,
      },
    ],
  }),
  step({
    action: { type: 'event', event: { type: 'location', latitude: 31.2, longitude: 121.5, label: 'Office' } },
  }),
]);

describe('buildTranscriptText', () => {
  it('writes one line per entry with its time, continuing multi-line replies indented', () => {
    const text = buildTranscriptText({
      rows: buildChatRows(sim),
      formatTime: (at) => `t${at / 60_000}`,
      describeSystem: (line) => `system:${line.kind}`,
      labels: { you: 'You', bot: 'Bot', node: 'node' },
      header: ['Flow: Demo'],
    });
    expect(text).toBe(
      [
        'Flow: Demo',
        '',
        '[t1] — system:follow',
        '[t2] You: menu',
        '[t2] Bot (node m1): Pick one',
        '      [1] Yes',
        '[t0] You: [location] Office (31.2, 121.5)',
        '',
      ].join('\n'),
    );
  });
});

describe('buildTranscriptJson', () => {
  it('keeps the setup and every step, and parses back', () => {
    const parsed = JSON.parse(buildTranscriptJson({ flowName: 'Demo', simulation: sim })) as Record<
      string,
      unknown
    >;
    expect(parsed).toMatchObject({ version: 1, flow: 'Demo', setup: sim.setup });
    expect(parsed.steps).toEqual(sim.steps);
    expect(parsed).not.toHaveProperty('rng');
  });
});
