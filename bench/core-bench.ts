import { compileFlow, exampleFlows, initialConversationState, step, type InboundEvent } from '@/core';
import { buildLargeFlowDocument } from '@/core/examples/build-large-flow-document';

export interface CoreBenchResult {
  compile10kMs: number;
  stepEventsPerSecond: number;
}

/** Compile time of a 10,000-node flow (median of 5) and in-process `step` throughput. */
export function runCoreBench(): CoreBenchResult {
  const large = buildLargeFlowDocument(10_000);
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const { compiled } = compileFlow(large);
    times.push(performance.now() - started);
    if (!compiled) throw new Error('the large benchmark flow must compile');
  }
  times.sort((a, b) => a - b);

  const example = exampleFlows.find((f) => f.id === 'ecommerce-faq') ?? exampleFlows[0]!;
  const { compiled } = compileFlow(example.document);
  if (!compiled) throw new Error('the example flow must compile');
  const inputs: InboundEvent[] = ['menu', '运费', 'return', 'hello'].map((text) => ({ type: 'text', text }));
  const now = new Date('2026-11-21T10:00:00+08:00');
  let state = initialConversationState({ compiled, contact: { id: 'bench' } });
  let events = 0;
  const deadline = performance.now() + 2_000;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (const event of inputs) {
      state = step(compiled, state, event, { now, random: () => 0.5 }).state;
      events += 1;
    }
  }
  return {
    compile10kMs: times[2]!,
    stepEventsPerSecond: events / ((performance.now() - started) / 1000),
  };
}
