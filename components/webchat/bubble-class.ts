/**
 * The look of a text bubble: the visitor's on the right in the brand colour, the bot's on the left.
 * `look: 'wechat'` (the simulator imitating WeChat) draws WeChat's green and white square-ish bubbles.
 */
export function bubbleClass(side: 'visitor' | 'bot', look: 'web' | 'wechat' = 'web'): string {
  const base = 'max-w-full px-3.5 py-2 text-[15px] leading-relaxed shadow-sm';
  if (look === 'wechat')
    return side === 'visitor'
      ? `${base} rounded-md bg-[#95ec69] text-slate-900`
      : `${base} rounded-md bg-white text-slate-900`;
  return side === 'visitor'
    ? `${base} rounded-2xl rounded-br-md bg-brand-600 text-white`
    : `${base} rounded-2xl rounded-bl-md bg-white text-slate-800 ring-1 ring-slate-200/80`;
}
