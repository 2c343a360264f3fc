import { FLOW_SCHEMA_VERSION } from './flow-document-schema';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: the time zone moved from the top level into `settings`, and a keyword trigger's single
 * `keyword` became the list `keywords`.
 */
function migrateV1(document: Json): Json {
  const { timezone, ...rest } = document;
  const nodes = Array.isArray(document.nodes) ? document.nodes : [];
  return {
    ...rest,
    schemaVersion: 2,
    settings: typeof timezone === 'string' ? { timezone } : {},
    nodes: nodes.map((node: unknown) => {
      if (!isRecord(node) || node.type !== 'keyword-trigger' || !isRecord(node.data)) return node;
      const { keyword, ...data } = node.data;
      const keywords = Array.isArray(data.keywords)
        ? data.keywords
        : typeof keyword === 'string'
          ? [keyword]
          : [];
      return { ...node, data: { ...data, keywords } };
    }),
  };
}

/** Migrations indexed by the version they upgrade from. */
const migrations: Record<number, (document: Json) => Json> = { 1: migrateV1 };

export type MigrationResult = { ok: true; document: Json } | { ok: false; message: string };

/** Upgrades a raw document of any older schema version to the current one, step by step. */
export function migrateFlowDocument(input: unknown): MigrationResult {
  if (!isRecord(input)) return { ok: false, message: 'a flow document must be a JSON object' };
  let document = input;
  let version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'schemaVersion must be a positive integer' };
  }
  if (version > FLOW_SCHEMA_VERSION) {
    return { ok: false, message: `schemaVersion ${version} is newer than this version of ReplyFlow` };
  }
  while (version < FLOW_SCHEMA_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, message: `no migration from schemaVersion ${version}` };
    document = migrate(document);
    version += 1;
  }
  return { ok: true, document };
}
