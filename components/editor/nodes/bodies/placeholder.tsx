import { type ReactNode } from 'react';

/** Italic grey text for an empty setting ("No keywords yet"). */
export function Placeholder({ children }: { children: ReactNode }) {
  return <p className="text-slate-400 italic">{children}</p>;
}
