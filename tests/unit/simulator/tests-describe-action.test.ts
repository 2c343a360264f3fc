import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { type SimulationAction, simulationActionSchema } from '@/core';
import { formatDuration } from '@/components/editor/nodes/describe/format-duration';
import { describeAction } from '@/components/simulator/tests/describe-action';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';

/** Real translators over the message files; a missing key or argument throws instead of printing its path. */
function describer(locale: 'en' | 'zh-CN', messages: Messages) {
  const options = {
    locale,
    messages,
    onError: (error: Error) => {
      throw error;
    },
  };
  const root = createTranslator<Messages>(options);
  const t = createTranslator<Messages>({ ...options, namespace: 'simulator.tests.action' as never });
  return (action: SimulationAction) =>
    describeAction(simulationActionSchema.parse(action), {
      t: (key, values) => (t as unknown as typeof root)(key, values),
      formatDateTime: (at) => new Date(at).toISOString(),
      formatDuration: (ms) => formatDuration(ms / 1000, root),
      nodeName: (id) => (id === 'n1' ? 'Welcome' : id),
    });
}

const en = describer('en', enMessages);
const zh = describer('zh-CN', zhMessages);
const event = (e: object) => ({ type: 'event', event: e }) as SimulationAction;

describe('describeAction', () => {
  it.each([
    [event({ type: 'text', text: 'hi' }), 'Send “hi”', '发送“hi”'],
    [event({ type: 'text', text: 'Yes', menuId: '1' }), 'Choose menu option “Yes”', '选择菜单选项“Yes”'],
    [{ type: 'advance', ms: 3_600_000 }, 'Clock +1 h', '时钟 +1 小时'],
    [{ type: 'advance', ms: 5_400_000 }, 'Clock +1 h 30 min', '时钟 +1 小时 30 分钟'],
    [event({ type: 'follow', scene: 'promo' }), 'Follow (scene promo)', '关注（场景 promo）'],
    [event({ type: 'follow' }), 'Follow', '关注'],
    [event({ type: 'scan', scene: 'shop' }), 'Scan QR code (scene shop)', '扫描二维码（场景 shop）'],
    [event({ type: 'menu-click', key: 'HELP' }), 'Click menu HELP', '点击菜单 HELP'],
    [event({ type: 'media', mediaType: 'image', mediaId: 'm' }), 'Send an image', '发送图片'],
    [
      event({ type: 'media', mediaType: 'voice', recognition: 'hello' }),
      'Send voice “hello”',
      '发送语音“hello”',
    ],
    [
      event({ type: 'location', latitude: 31.2, longitude: 121.5, label: 'Bund' }),
      'Share location Bund',
      '发送位置 Bund',
    ],
    [event({ type: 'unfollow' }), 'Unfollow', '取消关注'],
    [{ type: 'restart', nodeId: 'n1' }, 'Restart from node Welcome', '从节点 Welcome 重新开始'],
    [{ type: 'release-handoff' }, 'Agent hands back to the flow', '人工客服将会话交还给流程'],
  ] as [SimulationAction, string, string][])('%j', (action, english, chinese) => {
    expect(en(action)).toBe(english);
    expect(zh(action)).toBe(chinese);
  });

  it('words clock settings and contact changes', () => {
    expect(en({ type: 'set-clock', at: 0 })).toBe('Set clock to 1970-01-01T00:00:00.000Z');
    const contact = {
      type: 'set-contact',
      contact: { name: 'Ann', tags: ['vip'], fields: { a: '1', b: '2' } },
    };
    expect(en(contact as SimulationAction)).toBe('Set contact “Ann” (1 tag, 2 fields)');
    expect(zh({ type: 'set-contact', contact: { tags: [], fields: {} } })).toBe(
      '设置联系人（0 个标签，0 个字段）',
    );
  });

  it('has a sentence in both languages for every event a tester can cause', () => {
    const events = [
      { type: 'link', title: 'Docs', url: 'https://x.test' },
      { type: 'view', url: 'https://x.test' },
      { type: 'media', mediaType: 'video', mediaId: 'v' },
    ];
    for (const e of events) {
      expect(en(event(e))).not.toMatch(/simulator\.tests/);
      expect(zh(event(e))).not.toBe(en(event(e)));
    }
  });
});
