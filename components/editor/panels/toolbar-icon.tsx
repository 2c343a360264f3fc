const paths = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  align: 'M4 3v18M8 7h10v4H8zM8 14h6v4H8z',
  duplicate: 'M8 8h12v12H8zM16 8V4H4v12h4',
  delete: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  layout: 'M10 3h4v4h-4zM4 17h4v4H4zM16 17h4v4h-4zM12 7v5M6 17v-3h12v3',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z',
  import: 'M12 3v12M7 10l5 5 5-5M4 17v3h16v-3',
  export: 'M12 15V3M7 8l5-5 5 5M4 17v3h16v-3',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01',
  chevron: 'm6 9 6 6 6-6',
  error: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM15 9l-6 6M9 9l6 6',
  warning: 'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4M12 17h.01',
  check: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8 12l3 3 5-6',
  'align-left': 'M4 3v18M8 6h12v4H8zM8 14h7v4H8z',
  'align-center': 'M12 3v18M6 6h12v4H6zM8.5 14h7v4h-7z',
  'align-right': 'M20 3v18M4 6h12v4H4zM9 14h7v4H9z',
  'align-top': 'M3 4h18M6 8h4v12H6zM14 8h4v7h-4z',
  'align-middle': 'M3 12h18M6 6h4v12H6zM14 8.5h4v7h-4z',
  'align-bottom': 'M3 20h18M6 4h4v12H6zM14 9h4v7h-4z',
  'distribute-horizontal': 'M3 4v16M21 4v16M9 7h6v10H9z',
  'distribute-vertical': 'M4 3h16M4 21h16M7 9h10v6H7z',
} as const;

export type ToolbarIconName = keyof typeof paths;

/** A 24×24 stroke icon for the editor panels; decorative (the button carries the label). */
export function ToolbarIcon({ name, className = 'size-4' }: { name: ToolbarIconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <path d={paths[name]} />
    </svg>
  );
}
