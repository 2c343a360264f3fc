'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { type InboundEvent, type SimulationAction } from '@/core';
import { formatDuration } from '@/components/editor/nodes/describe/format-duration';
import { useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import { describeAction, describeEvent, type DescribeActionOptions } from './tests/describe-action';
import { useSimTimeFormat } from './use-sim-time-format';

export interface DescribeAction {
  /** One plain line for what the tester did ("Send “hi”", "Clock +1 h"). */
  action(action: SimulationAction): string;
  /** One plain line for what started a turn (tester events, timer firings, HTTP results, releases). */
  event(event: InboundEvent): string;
}

/**
 * `describeAction` in the UI language (messages `simulator.tests.action`), times on the flow's
 * clock, durations as the canvas words them, nodes by their label.
 */
export function useDescribeAction(): DescribeAction {
  const t = useTranslations('simulator.tests.action');
  const root = useTranslations();
  const store = useEditorStoreApi();
  const { clock } = useSimTimeFormat();
  return useMemo(() => {
    const options: DescribeActionOptions = {
      t: (key, values) => t(key, values),
      formatDateTime: clock,
      formatDuration: (ms) => formatDuration(ms / 1000, (key, values) => root(key, values)),
      nodeName: (id) => store.getState().doc.nodes.find((n) => n.id === id)?.label || id,
    };
    return {
      action: (action) => describeAction(action, options),
      event: (event) => describeEvent(event, options.t),
    };
  }, [t, root, store, clock]);
}
