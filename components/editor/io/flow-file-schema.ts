/** The flow file schema lives in core (the CLI reads flow files too); re-exported for the editor. */
export { flowFileSchema, MAX_FLOW_FILE_TESTS } from '@/core';
export type { FlowFile } from '@/core';
