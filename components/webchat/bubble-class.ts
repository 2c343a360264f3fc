/** The look of a text bubble: the visitor's on the right in the brand colour, the bot's on the left. */
export function bubbleClass(side: 'visitor' | 'bot'): string {
  const base = 'max-w-full px-3.5 py-2 text-[15px] leading-relaxed shadow-sm';
  return side === 'visitor'
    ? `${base} rounded-2xl rounded-br-md bg-brand-600 text-white`
    : `${base} rounded-2xl rounded-bl-md bg-white text-slate-800 ring-1 ring-slate-200/80`;
}
