'use client';
import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { keyLabel } from './key-label';

const pointerTokens = new Set(['click', 'drag']);

/**
 * Prints a shortcut's alternatives ("Ctrl + Shift + Z / Ctrl + Y"; "⌘⇧Z / ⌘Y" on macOS). Arrow-key
 * alternatives that share their modifiers print once: "Shift + ↑ ↓ ← →".
 */
export function ShortcutKeys({ keys, isMac }: { keys: string[][]; isMac: boolean }) {
  const t = useTranslations('editorPanels');
  const label = (token: string) =>
    pointerTokens.has(token) ? t(token === 'click' ? 'keys.click' : 'keys.drag') : keyLabel(token, isMac);
  const first = keys[0] ?? [];
  const arrows =
    keys.length > 1 &&
    keys.every(
      (chord) =>
        chord.at(-1)?.startsWith('Arrow') && chord.slice(0, -1).join('+') === first.slice(0, -1).join('+'),
    );
  const chords: Array<Array<string | string[]>> = arrows
    ? [[...first.slice(0, -1), keys.map((chord) => chord.at(-1) ?? '')]]
    : keys;

  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {chords.map((chord, index) => (
        <Fragment key={index}>
          {index > 0 ? <span className="px-0.5 text-xs text-slate-500">{t('keys.or')}</span> : null}
          <span className="inline-flex items-center gap-0.5">
            {chord.map((token, position) => (
              <Fragment key={position}>
                {position > 0 && !isMac ? <span className="text-xs text-slate-400">+</span> : null}
                <kbd className="min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-sans text-xs text-slate-700 shadow-sm">
                  {Array.isArray(token) ? token.map(label).join(' ') : label(token)}
                </kbd>
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
