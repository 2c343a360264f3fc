'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { type InboundEvent, type SimulationAction } from '@/core';
import { describeAction, describeEvent, type DescribeActionOptions } from './tests/describe-action';
import { useFormatDuration } from './use-format-duration';
import { useNodeNames } from './use-node-names';
import { useSimTimeFormat } from './use-sim-time-format';

export interface DescribeAction {
  /** One plain line for what the tester did ("Send “hi”", "Clock +1 h"). */
  action(action: SimulationAction): string;
  /** One plain line for what started a turn (tester events, timer firings, HTTP results, releases). */
  event(event: InboundEvent): string;
}

/**
 * `describeAction` in the UI language (messages `simulator.tests.action`), times on the flow's
 * clock, durations as the canvas words them, nodes by their name (label, else type).
 */
export function useDescribeAction(): DescribeAction {
  const t = useTranslations('simulator.tests.action');
  const duration = useFormatDuration();
  const { nameOf } = useNodeNames();
  const { clock } = useSimTimeFormat();
  return useMemo(() => {
    const options: DescribeActionOptions = {
      t: (key, values) => t(key, values),
      formatDateTime: clock,
      formatDuration: duration,
      nodeName: nameOf,
    };
    return {
      action: (action) => describeAction(action, options),
      event: (event) => describeEvent(event, options.t),
    };
  }, [t, duration, nameOf, clock]);
}
