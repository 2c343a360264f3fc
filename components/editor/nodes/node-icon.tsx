import { type ReactNode } from 'react';
import { type NodeType } from '@/core';

/** Stroke drawings on a 24×24 grid, one per node type. */
const glyphs = {
  'keyword-trigger': <path d="M4 9h16M4 15h16M10 3 8 21M16 3l-2 18" />,
  'event-trigger': <path d="M13 2 3 14h9l-1 8 10-12h-9l1-8z" />,
  fallback: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  'send-message': <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />,
  ask: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01" />
    </>
  ),
  condition: (
    <>
      <circle cx="6" cy="18" r="3" />
      <circle cx="18" cy="6" r="3" />
      <path d="M6 3v12M18 9a9 9 0 0 1-9 9" />
    </>
  ),
  'set-variable': (
    <path d="M8 3H7a2 2 0 0 0-2 2v5a2 2 0 0 1-2 2 2 2 0 0 1 2 2v5a2 2 0 0 0 2 2h1M16 21h1a2 2 0 0 0 2-2v-5a2 2 0 0 1 2-2 2 2 0 0 1-2-2V5a2 2 0 0 0-2-2h-1M10 9l4 6M14 9l-4 6" />
  ),
  'tag-contact': (
    <>
      <path d="M12 2H2v10l9.3 9.3a1 1 0 0 0 1.4 0l8.6-8.6a1 1 0 0 0 0-1.4z" />
      <circle cx="7" cy="7" r="1.5" />
    </>
  ),
  'http-request': (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M2 12h20M12 2a15 15 0 0 1 0 20 15 15 0 0 1 0-20z" />
    </>
  ),
  'random-split': <path d="M16 3h5v5M4 20 21 3M21 16v5h-5M15 15l6 6M4 4l5 5" />,
  delay: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 6v6l4 2" />
    </>
  ),
  handoff: (
    <>
      <circle cx="12" cy="7" r="4" />
      <path d="M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2" />
    </>
  ),
  'go-to': <path d="m15 10 5 5-5 5M4 4v7a4 4 0 0 0 4 4h12" />,
  end: (
    <>
      <circle cx="12" cy="12" r="10" />
      <rect x="9" y="9" width="6" height="6" rx="1" />
    </>
  ),
} satisfies Record<NodeType, ReactNode>;

/** A node type's 16 px line icon, drawn in `currentColor`; decorative (the label says the type). */
export function NodeIcon({ type, className = 'h-4 w-4' }: { type: NodeType; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {glyphs[type]}
    </svg>
  );
}
