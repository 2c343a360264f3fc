import { defineExampleDocument } from './define-example-document';
import { type ExampleFlow } from './example-flow';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const businessHoursFlow: ExampleFlow = {
  id: 'business-hours',
  name: { en: 'Business-hours routing', zh: '工作时间路由' },
  description: {
    en: 'Routes "human agent" requests by time: weekday hours, a weekend desk, holidays closed.',
    zh: '按时间分流“转人工”请求：工作日、周末值班，节假日休息并留言。',
  },
  document: defineExampleDocument({
    document: {
      settings: { timezone: 'Asia/Shanghai' },
      variables: [{ name: 'callback_note' }],
    },
    nodes: [
      {
        id: 'kw-human',
        type: 'keyword-trigger',
        data: { keywords: ['人工', '客服', 'human', 'agent'], interrupt: true, priority: 100 },
      },
      {
        id: 'route-hours',
        type: 'condition',
        data: {
          branches: [
            {
              id: 'weekday',
              label: '工作日 9:00-18:00',
              conditions: [
                {
                  kind: 'time-window',
                  window: {
                    days: [1, 2, 3, 4, 5],
                    hours: [{ start: '09:00', end: '18:00' }],
                    holidays: ['2026-10-01', '2026-10-02', '2026-10-05'],
                  },
                },
              ],
            },
            {
              id: 'weekend',
              label: '周末 10:00-16:00',
              conditions: [
                { kind: 'time-window', window: { days: [0, 6], hours: [{ start: '10:00', end: '16:00' }] } },
              ],
            },
          ],
        },
      },
      {
        id: 'handoff-weekday',
        type: 'handoff',
        data: { messages: [text('正在为您转接人工客服，请稍候…')], reason: 'business-hours' },
      },
      {
        id: 'send-weekend',
        type: 'send-message',
        data: { messages: [text('周末值班客服人手有限，回复可能稍慢，感谢耐心。')] },
      },
      { id: 'handoff-weekend', type: 'handoff', data: { reason: 'weekend-desk' } },
      {
        id: 'send-released',
        type: 'send-message',
        data: { messages: [text('人工服务已结束，感谢您的咨询！')] },
      },
      {
        id: 'ask-note',
        type: 'ask',
        data: {
          prompt: [text('现在是非工作时间（工作日 9:00-18:00）。请留言，我们上班后第一时间回复：')],
          variable: 'callback_note',
          validation: { kind: 'text', minLength: 2, maxLength: 500 },
          timeoutSeconds: 600,
        },
      },
      { id: 'tag-callback', type: 'tag-contact', data: { add: ['callback'] } },
      {
        id: 'send-noted',
        type: 'send-message',
        data: { messages: [text('已收到留言：“{{ callback_note }}”。我们会尽快联系您。')] },
      },
    ],
    edges: [
      ['kw-human', 'out', 'route-hours'],
      ['route-hours', 'weekday', 'handoff-weekday'],
      ['route-hours', 'weekend', 'send-weekend'],
      ['route-hours', 'else', 'ask-note'],
      ['send-weekend', 'out', 'handoff-weekend'],
      ['handoff-weekday', 'released', 'send-released'],
      ['handoff-weekend', 'released', 'send-released'],
      ['ask-note', 'answer', 'tag-callback'],
      ['tag-callback', 'out', 'send-noted'],
    ],
  }),
};
