'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { shortcutList } from './shortcut-list';
import { ShortcutKeys } from './shortcut-keys';
import { useIsMac } from './use-is-mac';

export interface ShortcutsHelpProps {
  open: boolean;
  onClose: () => void;
}

/** The keyboard shortcut reference, from `shortcutList`, with ⌘ on macOS and Ctrl elsewhere. */
export function ShortcutsHelp({ open, onClose }: ShortcutsHelpProps) {
  const t = useTranslations('editorPanels');
  const isMac = useIsMac();
  return (
    <Dialog open={open} onClose={onClose} title={t('shortcutsTitle')}>
      <div data-testid="shortcuts-help" className="max-h-[60vh] overflow-y-auto">
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('shortcutsAction')}</th>
              <th scope="col">{t('shortcutsKeys')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shortcutList.map((shortcut) => (
              <tr key={shortcut.id} data-shortcut={shortcut.id}>
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
                  {t(`shortcuts.${shortcut.labelKey}`)}
                </th>
                <td className="py-1.5 text-right">
                  <ShortcutKeys keys={shortcut.keys} isMac={isMac} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex justify-end">
        <Button variant="secondary" size="sm" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
    </Dialog>
  );
}
