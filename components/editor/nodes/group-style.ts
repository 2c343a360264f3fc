import { type NodeGroup } from '@/core';

export interface GroupStyle {
  /** Node card header and palette group heading. */
  header: string;
  /** The square behind a node type's icon. */
  icon: string;
  /** Left stripe of palette items and the top edge of node cards. */
  accent: string;
  /** The same hue as a plain colour, for SVG fills (minimap). */
  hex: string;
}

/** Colours of each palette group; literal class names so Tailwind sees them. */
export const groupStyle = {
  triggers: {
    header: 'bg-violet-50 text-violet-900',
    icon: 'bg-violet-600 text-white',
    accent: 'border-violet-500',
    hex: '#7c3aed',
  },
  messages: {
    header: 'bg-sky-50 text-sky-900',
    icon: 'bg-sky-600 text-white',
    accent: 'border-sky-500',
    hex: '#0284c7',
  },
  input: {
    header: 'bg-teal-50 text-teal-900',
    icon: 'bg-teal-600 text-white',
    accent: 'border-teal-500',
    hex: '#0d9488',
  },
  logic: {
    header: 'bg-orange-50 text-orange-900',
    icon: 'bg-orange-500 text-white',
    accent: 'border-orange-500',
    hex: '#f97316',
  },
  actions: {
    header: 'bg-indigo-50 text-indigo-900',
    icon: 'bg-indigo-600 text-white',
    accent: 'border-indigo-500',
    hex: '#4f46e5',
  },
  flow: {
    header: 'bg-slate-100 text-slate-800',
    icon: 'bg-slate-600 text-white',
    accent: 'border-slate-500',
    hex: '#475569',
  },
} satisfies Record<NodeGroup, GroupStyle>;
