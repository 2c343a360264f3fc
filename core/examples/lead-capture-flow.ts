import { defineExampleDocument } from './define-example-document';
import { type ExampleFlow } from './example-flow';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const leadCaptureFlow: ExampleFlow = {
  id: 'lead-capture',
  name: { en: 'Lead capture with validation', zh: '留资表单（含校验）' },
  description: {
    en: 'Collects name, mobile number, email and company size, tags the lead and posts it to a CRM.',
    zh: '收集姓名、手机号、邮箱和公司规模，打上标签并提交到 CRM。',
  },
  document: defineExampleDocument({
    document: {
      variables: [
        { name: 'name' },
        { name: 'phone' },
        { name: 'email', defaultValue: '' },
        { name: 'company_size', defaultValue: 'unknown' },
      ],
    },
    nodes: [
      {
        id: 'kw-demo',
        type: 'keyword-trigger',
        data: { keywords: ['预约演示', '试用', 'demo'], match: 'contains' },
      },
      {
        id: 'ask-name',
        type: 'ask',
        data: {
          prompt: [text('好的！先请问怎么称呼您？')],
          variable: 'name',
          validation: { kind: 'text', minLength: 1, maxLength: 20 },
          retryMessage: '称呼请控制在 20 个字以内。',
          timeoutSeconds: 1800,
        },
      },
      {
        id: 'ask-phone',
        type: 'ask',
        data: {
          prompt: [text('{{ name }}，请留下您的手机号，方便顾问联系您：')],
          variable: 'phone',
          validation: { kind: 'phone' },
          maxRetries: 2,
          retryMessage: '手机号格式不正确，请输入 11 位手机号，例如 13800138000。',
          timeoutSeconds: 1800,
        },
      },
      {
        id: 'ask-email',
        type: 'ask',
        data: {
          prompt: [text('您的工作邮箱是？（用于接收演示资料）')],
          variable: 'email',
          validation: { kind: 'email' },
          maxRetries: 1,
          retryMessage: '邮箱格式似乎不对，请再试一次。',
        },
      },
      {
        id: 'ask-size',
        type: 'ask',
        data: {
          prompt: [
            {
              kind: 'menu',
              head: '贵公司规模是？',
              options: [
                { id: 'small', label: '1-10 人' },
                { id: 'medium', label: '11-100 人' },
                { id: 'large', label: '100 人以上' },
              ],
              tail: '点击选项或回复序号。',
            },
          ],
          variable: 'company_size',
          validation: {
            kind: 'choice',
            options: [
              { value: 'small', label: '1-10 人', synonyms: ['小', 'small'] },
              { value: 'medium', label: '11-100 人', synonyms: ['中', 'medium'] },
              { value: 'large', label: '100 人以上', synonyms: ['大', 'large'] },
            ],
          },
        },
      },
      { id: 'tag-lead', type: 'tag-contact', data: { add: ['lead'] } },
      {
        id: 'http-crm',
        type: 'http-request',
        data: {
          method: 'POST',
          url: 'https://crm.example.com/api/leads',
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          body: '{"name":"{{ name }}","phone":"{{ phone }}","email":"{{ email }}","size":"{{ company_size }}","openid":"{{ contact.id }}"}',
        },
      },
      {
        id: 'send-thanks',
        type: 'send-message',
        data: { messages: [text('谢谢 {{ name }}！顾问会在 1 个工作日内致电 {{ phone }}。')] },
      },
      {
        id: 'send-give-up',
        type: 'send-message',
        data: { messages: [text('信息不完整，已为您保存进度。回复“试用”可重新开始。')] },
      },
      {
        id: 'kw-cancel',
        type: 'keyword-trigger',
        data: { keywords: ['取消', 'cancel'], interrupt: true, priority: 50 },
      },
      {
        id: 'send-cancelled',
        type: 'send-message',
        data: { messages: [text('已取消。需要时随时回复“试用”。')] },
      },
      { id: 'end-cancelled', type: 'end', data: { clearVariables: true } },
    ],
    edges: [
      ['kw-demo', 'out', 'ask-name'],
      ['ask-name', 'answer', 'ask-phone'],
      ['ask-name', 'invalid', 'send-give-up'],
      ['ask-name', 'timeout', 'send-give-up'],
      ['ask-phone', 'answer', 'ask-email'],
      ['ask-phone', 'invalid', 'send-give-up'],
      ['ask-phone', 'timeout', 'send-give-up'],
      ['ask-email', 'answer', 'ask-size'],
      ['ask-email', 'invalid', 'ask-size'],
      ['ask-size', 'answer', 'tag-lead'],
      ['ask-size', 'invalid', 'tag-lead'],
      ['tag-lead', 'out', 'http-crm'],
      ['http-crm', 'success', 'send-thanks'],
      ['http-crm', 'error', 'send-thanks'],
      ['kw-cancel', 'out', 'send-cancelled'],
      ['send-cancelled', 'out', 'end-cancelled'],
    ],
  }),
};
