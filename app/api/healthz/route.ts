import { getServices } from '@/server/services';
import { productVersion } from '@/server/version';

/**
 * The same check as the lean `/healthz`, but through Next's pipeline: the benchmark compares the two
 * to show what the lean path saves per request.
 */
export async function GET() {
  const services = await getServices();
  try {
    await services.dbHandle.ping();
    return Response.json({ ok: true, db: services.dbKind, version: productVersion() });
  } catch {
    return Response.json({ ok: false, db: services.dbKind, error: 'database unavailable' }, { status: 503 });
  }
}
