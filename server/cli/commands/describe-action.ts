import { type InboundEvent, type SimulationAction } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/** A duration as the largest fitting units, e.g. `1 h 30 min`, `45 s`, `250 ms`. */
function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  const parts: string[] = [];
  let left = Math.round(ms / 1000) * 1000;
  for (const [size, unit] of units) {
    const count = Math.floor(left / size);
    if (count > 0) parts.push(`${count} ${unit}`);
    left -= count * size;
  }
  return parts.join(' ');
}

function describeEvent(event: InboundEvent): string {
  switch (event.type) {
    case 'text':
      return `Send ${JSON.stringify(event.text)}${event.menuId ? ` (menu option ${event.menuId})` : ''}`;
    case 'media':
      return `Send ${event.mediaType} ${event.recognition ? JSON.stringify(event.recognition) : event.url || event.mediaId}`;
    case 'location':
      return `Send location ${event.latitude}, ${event.longitude}${event.label ? ` (${event.label})` : ''}`;
    case 'link':
      return `Send link ${JSON.stringify(event.title)} <${event.url}>`;
    case 'menu-click':
      return `Click menu key ${JSON.stringify(event.key)}`;
    case 'view':
      return `Open menu link <${event.url}>`;
    case 'follow':
      return event.scene === undefined ? 'Follow' : `Follow via QR scene ${JSON.stringify(event.scene)}`;
    case 'scan':
      return `Scan QR scene ${JSON.stringify(event.scene)}`;
    case 'unfollow':
      return 'Unfollow';
    case 'timer-fired':
      return `Timer ${event.timerId} fires`;
    case 'http-result':
      return `HTTP result ${event.status}`;
    case 'handoff-released':
      return 'Release handoff';
    default:
      return assertNever(event);
  }
}

/** One test step's action as a short English phrase for CLI output, e.g. `Send "hi"`, `Advance 5 min`. */
export function describeAction(action: SimulationAction): string {
  switch (action.type) {
    case 'event':
      return describeEvent(action.event);
    case 'advance':
      return `Advance ${describeDuration(action.ms)}`;
    case 'set-clock':
      return `Set clock to ${new Date(action.at).toISOString()}`;
    case 'restart':
      return `Restart at node ${action.nodeId}`;
    case 'release-handoff':
      return 'Release handoff';
    case 'set-contact': {
      const { name, tags, fields } = action.contact;
      const parts = [
        name === undefined ? null : `name ${JSON.stringify(name)}`,
        tags.length ? `tags ${tags.join(', ')}` : null,
        ...Object.entries(fields).map(([key, value]) => `${key}=${JSON.stringify(value)}`),
      ].filter(Boolean);
      return `Set contact${parts.length ? `: ${parts.join('; ')}` : ' (empty)'}`;
    }
    default:
      return assertNever(action);
  }
}
