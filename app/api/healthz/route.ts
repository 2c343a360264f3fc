import { healthReport } from '@/server/http/health-report';
import { getServices } from '@/server/services';

/**
 * The same check as the lean `/healthz`, but through Next's pipeline: the benchmark compares the two
 * to show what the lean path saves per request.
 */
export async function GET() {
  const { status, body } = await healthReport(await getServices());
  return Response.json(body, { status });
}
