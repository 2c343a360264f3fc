import { defineExampleDocument } from './define-example-document';
import { type ExampleFlow } from './example-flow';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const afterSalesFlow: ExampleFlow = {
  id: 'after-sales',
  name: { en: 'After-sales with handoff', zh: '售后服务与转人工' },
  description: {
    en: 'Sorts after-sales requests into repair, refund or a human agent; follows up on repairs a day later.',
    zh: '将售后请求分为维修、退款或人工；维修登记一天后自动回访。',
  },
  document: defineExampleDocument({
    document: { variables: [{ name: 'issue_type' }, { name: 'serial' }] },
    nodes: [
      {
        id: 'kw-after-sales',
        type: 'keyword-trigger',
        data: { keywords: ['售后', '维修', '坏了', 'repair'], match: 'contains' },
      },
      {
        id: 'ask-issue',
        type: 'ask',
        data: {
          prompt: [
            {
              kind: 'menu',
              head: '请问需要哪种售后服务？',
              options: [
                { id: 'repair', label: '维修' },
                { id: 'refund', label: '退款' },
                { id: 'human', label: '人工客服' },
              ],
              tail: '',
            },
          ],
          variable: 'issue_type',
          validation: {
            kind: 'choice',
            options: [
              { value: 'repair', label: '维修', synonyms: ['修', '保修'] },
              { value: 'refund', label: '退款', synonyms: ['退钱', '退货'] },
              { value: 'human', label: '人工客服', synonyms: ['人工', '客服'] },
            ],
          },
          maxRetries: 1,
          retryMessage: '请点击选项，或回复 1、2、3。',
        },
      },
      {
        id: 'route-issue',
        type: 'condition',
        data: {
          branches: [
            {
              id: 'repair',
              label: '维修',
              conditions: [{ kind: 'compare', subject: 'issue_type', operator: 'eq', value: 'repair' }],
            },
            {
              id: 'refund',
              label: '退款',
              conditions: [{ kind: 'compare', subject: 'issue_type', operator: 'eq', value: 'refund' }],
            },
          ],
        },
      },
      {
        id: 'ask-serial',
        type: 'ask',
        data: {
          prompt: [text('请回复设备序列号（机身背面 SN 开头的 10 位编码）：')],
          variable: 'serial',
          validation: { kind: 'regex', pattern: '^SN[0-9A-Z]{8}$', flags: 'i' },
          retryMessage: '序列号应为 SN 加 8 位字母数字，例如 SN12AB34CD。',
        },
      },
      {
        id: 'send-repair',
        type: 'send-message',
        data: {
          messages: [text('已登记维修单（序列号 {{ serial | upper }}），工程师将在 24 小时内联系您。')],
        },
      },
      { id: 'tag-repair', type: 'tag-contact', data: { add: ['repair-open'] } },
      {
        id: 'delay-follow-up',
        type: 'delay',
        data: { seconds: 86400, allowedWindow: { hours: [{ start: '09:00', end: '21:00' }] } },
      },
      {
        id: 'send-follow-up',
        type: 'send-message',
        data: { messages: [text('您好，维修进展还顺利吗？有问题直接回复“人工”。')] },
      },
      {
        id: 'send-refund',
        type: 'send-message',
        data: {
          messages: [
            {
              kind: 'news',
              articles: [
                {
                  title: '退款流程说明',
                  description: '提交申请后 1-3 个工作日原路退回',
                  picUrl: 'https://shop.example.com/img/refund.png',
                  url: 'https://shop.example.com/help/refund',
                },
              ],
            },
          ],
        },
      },
      {
        id: 'handoff-agent',
        type: 'handoff',
        data: { messages: [text('正在为您转接售后专员…')], reason: 'after-sales' },
      },
      {
        id: 'send-released',
        type: 'send-message',
        data: { messages: [text('本次人工服务已结束，欢迎对我们的服务进行评价。')] },
      },
      {
        id: 'ev-image',
        type: 'event-trigger',
        data: { event: 'media', mediaType: 'image', limits: { maxPerDay: 3 } },
      },
      {
        id: 'send-image-received',
        type: 'send-message',
        data: { messages: [text('已收到图片，售后专员会尽快查看。')] },
      },
    ],
    edges: [
      ['kw-after-sales', 'out', 'ask-issue'],
      ['ask-issue', 'answer', 'route-issue'],
      ['ask-issue', 'invalid', 'handoff-agent'],
      ['route-issue', 'repair', 'ask-serial'],
      ['route-issue', 'refund', 'send-refund'],
      ['route-issue', 'else', 'handoff-agent'],
      ['ask-serial', 'answer', 'send-repair'],
      ['ask-serial', 'invalid', 'handoff-agent'],
      ['send-repair', 'out', 'tag-repair'],
      ['tag-repair', 'out', 'delay-follow-up'],
      ['delay-follow-up', 'out', 'send-follow-up'],
      ['handoff-agent', 'released', 'send-released'],
      ['ev-image', 'out', 'send-image-received'],
    ],
  }),
};
