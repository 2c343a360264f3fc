import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';
import { triggerLimitsSchema } from './trigger-limits-schema';

const triggerEvents = [
  'follow',
  'unfollow',
  'qr-scene',
  'menu-click',
  'location',
  'media',
  'link',
  'view',
] as const;

const dataSchema = z.object({
  event: z.enum(triggerEvents).default('follow'),
  /** qr-scene: matches `qrscene_<scene>` on follow and `SCAN <scene>` alike. */
  scene: z.string().default(''),
  /** menu-click: the menu button key. */
  menuKey: z.string().default(''),
  /** media: which inbound media kinds match. */
  mediaType: z.enum(['any', 'image', 'voice', 'video']).default('any'),
  priority: z.int().default(0),
  limits: triggerLimitsSchema.default({}),
});

export const eventTriggerNode = defineNode({
  type: 'event-trigger',
  group: 'triggers',
  label: { en: 'Event', zh: '事件' },
  description: {
    en: 'Starts on follow, unfollow, a parameter QR scene, a menu click, a location or media.',
    zh: '关注、取关、带参二维码场景、菜单点击、位置或媒体消息时触发。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    event: 'follow',
    scene: '',
    menuKey: '',
    mediaType: 'any',
    priority: 0,
    limits: {},
  }),
  ports: () => [outPort(true)],
  entry: true,
  waits: false,
});
