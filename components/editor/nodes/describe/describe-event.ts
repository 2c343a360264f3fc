import { type NodeOfType } from '@/core';
import { type Translate } from './translate';

/**
 * The event an event trigger waits for, with its parameter, in the inspector's words:
 * "Parameter QR code scan: spring-promo", "Media received: Image".
 */
export function describeEvent(data: NodeOfType<'event-trigger'>['data'], t: Translate): string {
  const name = t(`inspector.event.events.${data.event}`);
  switch (data.event) {
    case 'qr-scene':
      return data.scene.trim() ? `${name}: ${data.scene.trim()}` : name;
    case 'menu-click':
      return data.menuKey.trim() ? `${name}: ${data.menuKey.trim()}` : name;
    case 'media':
      return `${name}: ${t(`inspector.event.mediaTypes.${data.mediaType}`)}`;
    default:
      return name;
  }
}
