'use client';
import { useTranslations } from 'next-intl';
import { downloadFile } from '@/components/editor/io/download-file';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { buildChatRows } from './build-chat-rows';
import { buildTranscriptJson } from './build-transcript-json';
import { buildTranscriptText } from './build-transcript-text';
import { MenuButton } from './menu-button';
import { useDescribeSystemLine } from './use-describe-system-line';
import { useSimTimeFormat } from './use-sim-time-format';

/** A file name stem from the flow name (letters, digits, CJK kept; the rest become dashes). */
function fileStem(name: string): string {
  const stem = name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return stem || 'flow';
}

/** "Export": the transcript as readable text (one line per entry, with times) or as JSON (the steps). */
export function ExportMenu(props: { simulation: Simulation | null; flowName: string }) {
  const t = useTranslations('simulator.export');
  const tc = useTranslations('simulator');
  const describe = useDescribeSystemLine();
  const format = useSimTimeFormat();
  const { simulation, flowName } = props;
  const stem = `${fileStem(flowName)}-${t('fileSuffix')}`;

  const exportText = () => {
    if (!simulation) return;
    const content = buildTranscriptText({
      rows: buildChatRows(simulation),
      formatTime: format.clock,
      describeSystem: describe,
      labels: { you: t('you'), bot: t('bot'), node: t('node') },
      header: [
        t('headerFlow', { name: flowName }),
        t('headerChannel', { channel: tc(`reset.channels.${simulation.setup.channel}`) }),
        t('headerStart', { at: format.clock(simulation.setup.startAt), zone: format.timeZone }),
      ],
    });
    downloadFile({ filename: `${stem}.txt`, content, type: 'text/plain;charset=utf-8' });
  };
  const exportJson = () => {
    if (!simulation) return;
    downloadFile({ filename: `${stem}.json`, content: buildTranscriptJson({ flowName, simulation }) });
  };

  return (
    <MenuButton
      label={t('label')}
      testId="sim-export"
      align="right"
      disabled={!simulation || simulation.steps.length === 0}
      className="inline-flex h-7 items-center gap-1 rounded-md px-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
      items={[
        { key: 'text', label: t('text'), testId: 'sim-export-text', onSelect: exportText },
        { key: 'json', label: t('json'), testId: 'sim-export-json', onSelect: exportJson },
      ]}
    />
  );
}
