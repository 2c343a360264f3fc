import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config';

let cached: string | undefined;

/** The product version from package.json. */
export function productVersion(): string {
  if (cached === undefined) {
    const pkg: unknown = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8'));
    cached =
      typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
        ? pkg.version
        : '0.0.0';
  }
  return cached;
}
