import { autoReplySettingsSchema, type AutoReplySettings } from '@/core';

const reply = (text: string) => ({ messages: [{ kind: 'text' as const, text }], mode: 'all' as const });

/** The demo shop's auto replies (the WeChat backend's kind of setup, without a canvas). */
export function demoAutoReplies(): AutoReplySettings {
  return autoReplySettingsSchema.parse({
    follow: {
      enabled: true,
      reply: reply('欢迎关注示例商城！回复“营业时间”“地址”或“优惠”了解更多。'),
    },
    keywordRules: [
      {
        id: 'hours',
        name: '营业时间',
        keywords: ['营业时间', '几点开门'],
        match: 'exact',
        reply: reply('门店每天 9:00–21:00 营业。'),
      },
      {
        id: 'address',
        name: '地址',
        keywords: ['地址', '在哪'],
        match: 'contains',
        reply: reply('门店地址：上海市黄浦区示例路 88 号。'),
      },
      {
        id: 'promo',
        name: '优惠',
        keywords: ['优惠', '折扣'],
        match: 'contains',
        reply: reply('本周全场满 199 减 30。'),
      },
    ],
    defaultReply: { enabled: true, reply: reply('收到！客服会尽快回复您。') },
    businessHours: {
      enabled: true,
      days: [0, 1, 2, 3, 4, 5, 6],
      hours: [{ start: '09:00', end: '21:00' }],
      holidays: [],
    },
    offHours: {
      enabled: true,
      reply: reply('现在是非营业时间（9:00–21:00），我们会在上班后第一时间回复您。'),
    },
  });
}
