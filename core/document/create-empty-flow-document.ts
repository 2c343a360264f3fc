import {
  DEFAULT_STEP_BUDGET,
  DEFAULT_TIMEZONE,
  FLOW_SCHEMA_VERSION,
  type FlowDocument,
} from './flow-document-schema';

/** A new, empty flow document at the current schema version. */
export function createEmptyFlowDocument(): FlowDocument {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    settings: { timezone: DEFAULT_TIMEZONE, stepBudget: DEFAULT_STEP_BUDGET },
    variables: [],
    nodes: [],
    edges: [],
  };
}
