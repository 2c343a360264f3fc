import type { Services } from '../services';
import { productVersion } from '../version';

export interface HealthReport {
  status: 200 | 503;
  body: { ok: boolean; db: Services['dbKind']; version: string; error?: string };
}

/** A database that does not answer within this is reported unavailable (a stuck pool, too). */
const PING_TIMEOUT_MS = 3_000;

/** The health check behind both `/healthz` (lean path) and `/api/healthz` (through Next). */
export async function healthReport(services: Services): Promise<HealthReport> {
  const base = { db: services.dbKind, version: productVersion() };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      services.dbHandle.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
      }),
    ]);
    return { status: 200, body: { ok: true, ...base } };
  } catch {
    return { status: 503, body: { ok: false, ...base, error: 'database unavailable' } };
  } finally {
    clearTimeout(timer);
  }
}
