type Text = (detail: string, other: string) => string;

/**
 * Every diagnostic the compiler can report, with its fixed severity and its message in English
 * and Chinese. `detail` names the offending field, keyword, variable or value; `other` the
 * node it conflicts with, where there is one.
 */
export const diagnosticCatalogue = {
  'no-entry': {
    severity: 'error',
    en: () => 'The flow has no trigger and no default reply, so nothing can start it.',
    zh: () => '流程没有触发器也没有默认回复，无法启动。',
  },
  'duplicate-node-id': {
    severity: 'error',
    en: (d) => `Node id "${d}" is used more than once.`,
    zh: (d) => `节点 ID“${d}”重复。`,
  },
  'unreachable-node': {
    severity: 'warning',
    en: () => 'No trigger leads to this node, so it never runs.',
    zh: () => '没有触发器能到达此节点，它永远不会执行。',
  },
  'unconnected-output': {
    severity: 'warning',
    en: (d) => `Output "${d}" is not connected.`,
    zh: (d) => `输出“${d}”未连接。`,
  },
  'edge-source-missing': {
    severity: 'error',
    en: (d) => `This connection starts at node "${d}", which does not exist.`,
    zh: (d) => `该连线的起点节点“${d}”不存在。`,
  },
  'unknown-port': {
    severity: 'error',
    en: (d) => `This connection leaves from output "${d}", which the node does not have.`,
    zh: (d) => `该连线的输出“${d}”在节点上不存在。`,
  },
  'edge-target-missing': {
    severity: 'error',
    en: (d) => `This connection points to node "${d}", which does not exist.`,
    zh: (d) => `该连线指向的节点“${d}”不存在。`,
  },
  'duplicate-edge': {
    severity: 'error',
    en: (d) => `Output "${d}" has more than one connection; only one is allowed.`,
    zh: (d) => `输出“${d}”有多条连线，只允许一条。`,
  },
  'duplicate-port': {
    severity: 'error',
    en: (d) => `Output "${d}" is defined more than once.`,
    zh: (d) => `输出“${d}”重复定义。`,
  },
  'required-field-empty': {
    severity: 'error',
    en: (d) => `Required field "${d}" is empty.`,
    zh: (d) => `必填字段“${d}”为空。`,
  },
  'invalid-value': {
    severity: 'error',
    en: (d) => `Invalid value: ${d}.`,
    zh: (d) => `取值无效：${d}。`,
  },
  'invalid-regex': {
    severity: 'error',
    en: (d) => `Invalid regular expression: ${d}.`,
    zh: (d) => `正则表达式无效：${d}。`,
  },
  'template-syntax': {
    severity: 'error',
    en: (d) => `Template error: ${d}.`,
    zh: (d) => `模板错误：${d}。`,
  },
  'unknown-variable': {
    severity: 'error',
    en: (d) => `Variable "${d}" is neither declared nor set anywhere in the flow.`,
    zh: (d) => `变量“${d}”未声明，流程中也没有任何地方为其赋值。`,
  },
  'invalid-variable-name': {
    severity: 'error',
    en: (d) =>
      `"${d}" is not a valid variable name (letters, digits and _; not vars, contact, input or now).`,
    zh: (d) => `“${d}”不是有效的变量名（字母、数字和下划线，且不能是 vars、contact、input、now）。`,
  },
  'duplicate-variable': {
    severity: 'error',
    en: (d) => `Variable "${d}" is declared more than once.`,
    zh: (d) => `变量“${d}”重复声明。`,
  },
  'variable-read-before-set': {
    severity: 'warning',
    en: (d) => `Variable "${d}" can be read here before any path has set it.`,
    zh: (d) => `变量“${d}”在此处可能在赋值之前被读取。`,
  },
  'infinite-loop': {
    severity: 'error',
    en: (d) => `These nodes form a loop that never waits for input and never branches: ${d}.`,
    zh: (d) => `这些节点构成无需等待输入、也无分支的死循环：${d}。`,
  },
  'possible-loop': {
    severity: 'warning',
    en: (d) => `These nodes can loop without waiting for input: ${d}. The step budget will stop it.`,
    zh: (d) => `这些节点可能在不等待输入的情况下循环：${d}。步数上限会终止它。`,
  },
  'keyword-shadowed': {
    severity: 'warning',
    en: (d, o) => `Keyword "${d}" never fires here: trigger "${o}" always matches it first.`,
    zh: (d, o) => `关键词“${d}”在此不会触发：触发器“${o}”总是先匹配它。`,
  },
  'unreachable-branch': {
    severity: 'warning',
    en: (d) => `Branch "${d}" can never be taken: an earlier branch always matches.`,
    zh: (d) => `分支“${d}”永远不会执行：前面的分支总是成立。`,
  },
  'invalid-time-window': {
    severity: 'error',
    en: (d) => `Invalid time window: ${d}.`,
    zh: (d) => `时间段无效：${d}。`,
  },
  'multiple-fallbacks': {
    severity: 'warning',
    en: () => 'There is more than one default reply; only the first one is used.',
    zh: () => '存在多个默认回复，只有第一个会生效。',
  },
} satisfies Record<string, { severity: 'error' | 'warning'; en: Text; zh: Text }>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;
