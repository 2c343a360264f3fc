import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The published WeChat / WeCom samples (PROTOCOL.md §3-4), copied into the repository's fixtures. */
export const SAMPLE_DIR = join(process.cwd(), 'tests/fixtures/wechat');

export const sampleText = (name: string) => readFileSync(join(SAMPLE_DIR, `${name}.xml`), 'utf8');

export const sampleNames = () =>
  readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => f.replace(/\.xml$/, ''));
