import { type ReactNode } from 'react';

const tones = {
  neutral: 'bg-slate-100 text-slate-700',
  add: 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200',
  remove: 'bg-red-50 text-red-800 ring-1 ring-red-200',
  option: 'bg-white text-sky-800 ring-1 ring-sky-300',
  muted: 'bg-transparent text-slate-500',
} as const;

/** A small rounded token (keyword, tag, menu option, "+N"). */
export function Chip({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span
      className={`inline-block max-w-full truncate rounded-full px-1.5 py-0.5 text-[11px] leading-none ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
