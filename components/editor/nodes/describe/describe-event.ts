import { type NodeOfType } from '@/core';
import { describeTexts } from './describe-texts';
import { type PickText } from './pick-text';

/** The event an event trigger waits for, with its parameter: "QR scene: spring-promo", "Media received: image". */
export function describeEvent(data: NodeOfType<'event-trigger'>['data'], pick: PickText): string {
  const name = pick(describeTexts.event[data.event]);
  switch (data.event) {
    case 'qr-scene':
      return data.scene.trim() ? `${name}: ${data.scene.trim()}` : name;
    case 'menu-click':
      return data.menuKey.trim() ? `${name}: ${data.menuKey.trim()}` : name;
    case 'media':
      return `${name}: ${pick(describeTexts.mediaType[data.mediaType])}`;
    default:
      return name;
  }
}
