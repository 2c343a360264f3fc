import { getServices } from '@/server/services';

const handler = async (req: Request) => (await getServices()).auth.handler(req);

export { handler as GET, handler as POST };
