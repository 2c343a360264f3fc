import type { SimulatedChannel } from '@/core';

/** How a simulated channel's replies are drawn: WeChat bubbles for the WeChat channels, else web chat. */
export function channelLook(channel: SimulatedChannel): 'wechat' | 'web' {
  return channel === 'wechat_mp' || channel === 'wecom' ? 'wechat' : 'web';
}
