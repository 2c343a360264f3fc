import { defineExampleDocument } from './define-example-document';
import { type ExampleFlow } from './example-flow';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const followWelcomeFlow: ExampleFlow = {
  id: 'follow-welcome',
  name: { en: 'Follow welcome with QR-scene branches', zh: '关注欢迎语与渠道二维码' },
  description: {
    en: 'Welcomes new followers (A/B tested), greets store and expo QR codes differently, handles menu and location.',
    zh: '欢迎新关注用户（A/B 测试），按门店与展会二维码区分欢迎语，并处理菜单与位置。',
  },
  document: defineExampleDocument({
    document: { variables: [{ name: 'source', defaultValue: '公众号' }] },
    nodes: [
      { id: 'ev-follow', type: 'event-trigger', data: { event: 'follow' } },
      {
        id: 'split-welcome',
        type: 'random-split',
        data: {
          variants: [
            { id: 'a', label: '图文版', weight: 50 },
            { id: 'b', label: '文字版', weight: 50 },
          ],
        },
      },
      {
        id: 'send-welcome-a',
        type: 'send-message',
        data: {
          messages: [
            text('欢迎关注！来自{{ source }}的朋友，新人专享券已放入您的账户。'),
            {
              kind: 'news',
              articles: [
                {
                  title: '新人指南',
                  description: '3 分钟了解我们',
                  picUrl: 'https://brand.example.com/img/guide.png',
                  url: 'https://brand.example.com/guide',
                },
              ],
            },
          ],
        },
      },
      {
        id: 'send-welcome-b',
        type: 'send-message',
        data: { messages: [text('欢迎关注！回复“菜单”看看我们能为您做什么。')] },
      },
      { id: 'tag-follower', type: 'tag-contact', data: { add: ['new-follower'], remove: ['unfollowed'] } },
      { id: 'ev-store', type: 'event-trigger', data: { event: 'qr-scene', scene: 'store_sh' } },
      {
        id: 'set-store',
        type: 'set-variable',
        data: { assignments: [{ variable: 'source', value: '上海门店' }] },
      },
      {
        id: 'send-store',
        type: 'send-message',
        data: { messages: [text('欢迎来自{{ source }}的朋友！到店出示本消息可享 9 折。')] },
      },
      { id: 'tag-store', type: 'tag-contact', data: { add: ['store-sh'] } },
      { id: 'ev-expo', type: 'event-trigger', data: { event: 'qr-scene', scene: 'expo_2026' } },
      {
        id: 'set-expo',
        type: 'set-variable',
        data: { assignments: [{ variable: 'source', value: '2026 展会' }] },
      },
      { id: 'goto-welcome', type: 'go-to', data: { target: 'node', nodeId: 'split-welcome' } },
      { id: 'ev-contact', type: 'event-trigger', data: { event: 'menu-click', menuKey: 'CONTACT_US' } },
      {
        id: 'send-contact',
        type: 'send-message',
        data: { messages: [text('客服热线 400-000-0000（9:00-21:00），或直接回复“人工”。')] },
      },
      { id: 'ev-location', type: 'event-trigger', data: { event: 'location' } },
      {
        id: 'send-location',
        type: 'send-message',
        data: { messages: [text('已收到您的位置（{{ input }}），离您最近的门店是：上海南京西路店。')] },
      },
      { id: 'ev-unfollow', type: 'event-trigger', data: { event: 'unfollow' } },
      { id: 'tag-unfollowed', type: 'tag-contact', data: { add: ['unfollowed'], remove: ['new-follower'] } },
      { id: 'fallback', type: 'fallback', data: {} },
      {
        id: 'send-fallback',
        type: 'send-message',
        data: {
          messages: [text('收到（{{ now | date: "HH:mm" }}）。回复“菜单”查看功能，或点击下方菜单栏。')],
        },
      },
    ],
    edges: [
      ['ev-follow', 'out', 'split-welcome'],
      ['split-welcome', 'a', 'send-welcome-a'],
      ['split-welcome', 'b', 'send-welcome-b'],
      ['send-welcome-a', 'out', 'tag-follower'],
      ['send-welcome-b', 'out', 'tag-follower'],
      ['ev-store', 'out', 'set-store'],
      ['set-store', 'out', 'send-store'],
      ['send-store', 'out', 'tag-store'],
      ['ev-expo', 'out', 'set-expo'],
      ['set-expo', 'out', 'goto-welcome'],
      ['ev-contact', 'out', 'send-contact'],
      ['ev-location', 'out', 'send-location'],
      ['ev-unfollow', 'out', 'tag-unfollowed'],
      ['fallback', 'out', 'send-fallback'],
    ],
  }),
};
