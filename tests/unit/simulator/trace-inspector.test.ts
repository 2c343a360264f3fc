import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { SimulationInspector } from '@/components/simulator/inspect/simulation-inspector';
import { entered, simulation, step, traceDoc, turn } from './trace-fixture';
import { renderInEditor } from './trace-render';

const longBody = { items: Array.from({ length: 80 }, (_, i) => ({ id: i, name: `item ${i}` })) };

/** Two steps: the first sets `city`; the second changes `city`, adds `zip`, hits the step budget and calls an API. */
const sim = simulation(
  [
    step([turn(entered('trigger', 'ask'), { variables: { city: 'Paris', kept: 1 } })]),
    step(
      [
        turn(
          [
            ...entered('ask'),
            { type: 'mark', mark: 'answer-accepted', nodeId: 'ask' },
            ...entered('cond'),
            { type: 'tag-contact', add: ['lead'], remove: ['cold'] },
            {
              type: 'diagnostic',
              code: 'step-budget-exceeded',
              nodeId: 'cond',
              message: 'Ran 100 steps without waiting.',
            },
          ],
          { variables: { city: 'Berlin', kept: 1, zip: '10115' } },
        ),
      ],
      {
        action: { type: 'event', event: { type: 'follow', scene: 'promo42' } },
        http: [
          {
            nodeId: 'cond',
            request: {
              method: 'POST',
              url: 'https://api.example.com/lookup',
              headers: { 'content-type': 'application/json' },
              body: '{"city":"Berlin"}',
            },
            response: { status: 502, body: longBody, error: 'Bad gateway' },
            durationMs: 123,
          },
        ],
      },
    ),
  ],
  {
    currentNodeId: 'cond',
    wait: { kind: 'answer', nodeId: 'ask', attempts: 2, timerId: null },
    variables: { city: 'Berlin', kept: 1, zip: '10115' },
  },
);

const render = (locale: 'en' | 'zh-CN', simulationValue = sim) =>
  renderInEditor({
    element: h(SimulationInspector, { simulation: simulationValue, onFocusNode: () => {} }),
    doc: traceDoc(),
    locale,
  });

/** The opening tag of the element carrying `testId`, and the text after it up to `length` characters. */
const around = (html: string, testId: string, length = 400) => {
  const at = html.indexOf(`data-testid="${testId}"`);
  expect(at, `${testId} rendered`).toBeGreaterThanOrEqual(0);
  return html.slice(html.lastIndexOf('<', at), at + length);
};

/** The opening tag of the element carrying `testId`. */
const openTag = (html: string, testId: string) => {
  const start = around(html, testId);
  return start.slice(0, start.indexOf('>') + 1);
};

describe('SimulationInspector', () => {
  it('shows variables as JSON-ish values and highlights those the last step changed', () => {
    const html = render('en');
    expect(openTag(html, 'sim-variable-city')).toContain('data-changed="true"');
    expect(around(html, 'sim-variable-city')).toContain('&quot;Berlin&quot;');
    expect(openTag(html, 'sim-variable-zip')).toContain('data-changed="true"');
    expect(openTag(html, 'sim-variable-kept')).not.toContain('data-changed');
  });

  it('states a diagnostic plainly, naming the node', () => {
    const html = render('en');
    const diagnostic = around(html, 'sim-diagnostic', 600).replace(/<[^>]+>/g, '');
    expect(diagnostic).toContain('Step budget hit at node');
    expect(diagnostic).toContain('Ran 100 steps without waiting.');
    expect(around(html, 'sim-diagnostic', 600)).toContain('data-node-id="cond"');
  });

  it('shows the HTTP exchange: request, status, error, duration and a truncated pretty body', () => {
    const html = render('en');
    const exchange = around(html, 'sim-http-exchange', 4000);
    expect(exchange).toContain('https://api.example.com/lookup');
    expect(exchange).toContain('HTTP 502');
    expect(exchange).toContain('Bad gateway');
    expect(exchange).toContain('123 ms');
    expect(exchange).toContain('&quot;city&quot;: &quot;Berlin&quot;');
    expect(exchange).toContain('sim-http-expand');
    expect(exchange).not.toContain('item 79');
  });

  it('describes the last step, the wait and the contact, with node names as focus links', () => {
    const html = render('en');
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Follow (scene promo42)');
    expect(text).toContain('Waits for an answer (attempts so far: 2) at');
    expect(text).toContain('Tags added: lead');
    expect(text).toContain('Tags removed: cold');
    expect(around(html, 'sim-contact-tags')).toContain('vip');
    expect(html).toContain('Ask city');
    expect(around(html, 'sim-earlier-steps')).toContain('Earlier steps (1)');
  });

  it('renders in Chinese with every message present', () => {
    const html = render('zh-CN');
    expect(html.replace(/<[^>]+>/g, '')).toContain('超出步数上限，节点');
    expect(html).toContain('最近一步');
  });

  it('renders an empty simulation', () => {
    const html = render('en', simulation([], null));
    expect(html).toContain('No conversation yet.');
    expect(html).not.toContain('sim-earlier-steps');
  });
});
