import { defineExampleDocument } from './define-example-document';
import { type ExampleFlow } from './example-flow';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const ecommerceFaqFlow: ExampleFlow = {
  id: 'ecommerce-faq',
  name: { en: 'E-commerce FAQ with order lookup', zh: '电商常见问题与订单查询' },
  description: {
    en: 'Answers shipping and return questions, shows a menu, and looks orders up over HTTP.',
    zh: '回答运费与退货问题，展示菜单，并通过接口查询订单状态。',
  },
  document: defineExampleDocument({
    document: {
      variables: [
        { name: 'order_id', description: 'Order number the customer typed' },
        { name: 'order_status' },
        { name: 'order_eta' },
      ],
    },
    nodes: [
      {
        id: 'kw-menu',
        type: 'keyword-trigger',
        data: { keywords: ['菜单', 'menu', '帮助', 'help'], interrupt: true, priority: 20 },
      },
      {
        id: 'send-menu',
        type: 'send-message',
        data: {
          messages: [
            {
              kind: 'menu',
              head: '您好 {{ contact.name | default: "亲" }}，请选择：',
              options: [
                { id: 'shipping', label: '运费说明' },
                { id: 'returns', label: '退货流程' },
                { id: 'order', label: '查订单' },
              ],
              tail: '也可以直接输入问题。',
            },
          ],
        },
      },
      {
        id: 'kw-shipping',
        type: 'keyword-trigger',
        data: { keywords: ['运费', '包邮', 'shipping'], match: 'contains' },
      },
      {
        id: 'send-shipping',
        type: 'send-message',
        data: { messages: [text('全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。')] },
      },
      {
        id: 'kw-returns',
        type: 'keyword-trigger',
        data: { keywords: ['退货', '退款', 'return'], match: 'contains' },
      },
      {
        id: 'send-returns',
        type: 'send-message',
        data: {
          messages: [
            text('签收后 7 天内可无理由退货。请在“我的订单”中申请，审核通过后寄回即可。'),
            {
              kind: 'link',
              title: '退货政策',
              description: '查看完整的退换货规则',
              url: 'https://shop.example.com/returns',
              thumbUrl: '',
            },
          ],
        },
      },
      {
        id: 'kw-order',
        type: 'keyword-trigger',
        data: { keywords: ['查订单', '订单查询', 'order status'], priority: 10 },
      },
      {
        id: 'ask-order',
        type: 'ask',
        data: {
          prompt: [text('请回复您的订单号（6-24 位字母或数字）：')],
          variable: 'order_id',
          validation: { kind: 'regex', pattern: '^[A-Za-z0-9-]{6,24}$' },
          maxRetries: 2,
          retryMessage: '订单号格式不对，请再发一次，例如 SO20260101001。',
          timeoutSeconds: 300,
        },
      },
      {
        id: 'http-order',
        type: 'http-request',
        data: {
          method: 'GET',
          url: 'https://api.shop.example.com/orders/{{ order_id | url }}',
          headers: [{ name: 'Accept', value: 'application/json' }],
          timeoutMs: 4000,
          responseMappings: [
            { variable: 'order_status', path: 'data.status' },
            { variable: 'order_eta', path: 'data.eta' },
          ],
        },
      },
      {
        id: 'send-order',
        type: 'send-message',
        data: {
          messages: [
            text(
              '订单 {{ order_id }} 当前状态：{{ order_status }}，预计送达：{{ order_eta | default: "待定" }}。',
            ),
          ],
        },
      },
      {
        id: 'send-order-error',
        type: 'send-message',
        data: { messages: [text('暂时查不到订单 {{ order_id }}，请稍后再试或回复“人工”。')] },
      },
      {
        id: 'send-order-invalid',
        type: 'send-message',
        data: { messages: [text('订单号多次无效，已结束查询。回复“查订单”可重新开始。')] },
      },
      {
        id: 'send-order-timeout',
        type: 'send-message',
        data: { messages: [text('您好像离开了，需要时回复“查订单”即可。')] },
      },
      { id: 'fallback', type: 'fallback', data: {} },
      {
        id: 'send-fallback',
        type: 'send-message',
        data: { messages: [text('抱歉，我没听懂。回复“菜单”查看我能做什么。')] },
      },
    ],
    edges: [
      ['kw-menu', 'out', 'send-menu'],
      ['kw-shipping', 'out', 'send-shipping'],
      ['kw-returns', 'out', 'send-returns'],
      ['kw-order', 'out', 'ask-order'],
      ['ask-order', 'answer', 'http-order'],
      ['ask-order', 'invalid', 'send-order-invalid'],
      ['ask-order', 'timeout', 'send-order-timeout'],
      ['http-order', 'success', 'send-order'],
      ['http-order', 'error', 'send-order-error'],
      ['fallback', 'out', 'send-fallback'],
    ],
  }),
};
