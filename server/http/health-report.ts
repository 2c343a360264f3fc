import type { Services } from '../services';
import { productVersion } from '../version';

export interface HealthReport {
  status: 200 | 503;
  body: { ok: boolean; db: Services['dbKind']; version: string; error?: string };
}

/** The health check behind both `/healthz` (lean path) and `/api/healthz` (through Next). */
export async function healthReport(services: Services): Promise<HealthReport> {
  const base = { db: services.dbKind, version: productVersion() };
  try {
    await services.dbHandle.ping();
    return { status: 200, body: { ok: true, ...base } };
  } catch {
    return { status: 503, body: { ok: false, ...base, error: 'database unavailable' } };
  }
}
