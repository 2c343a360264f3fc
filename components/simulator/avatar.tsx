/** A square avatar placeholder (WeChat look): the account on the left, the test contact on the right. */
export function Avatar({ side }: { side: 'bot' | 'user' }) {
  return (
    <span
      aria-hidden="true"
      className={`mt-0.5 flex h-8 w-8 shrink-0 items-center justify-center rounded-md text-xs font-semibold text-white ${
        side === 'bot' ? 'bg-emerald-600' : 'bg-slate-400'
      }`}
    >
      {side === 'bot' ? 'OA' : '👤'}
    </span>
  );
}
