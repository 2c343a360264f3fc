import { type PortSpec } from './node-definition';

/** The single `out` port most nodes have. */
export const outPort = (required = false): PortSpec => ({
  id: 'out',
  label: { en: 'Next', zh: '下一步' },
  required,
});
