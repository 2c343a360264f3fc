/**
 * Groups node ids into weakly connected components. Deterministic: components come in the order of
 * their first node in `nodeIds`, and each component lists its nodes in `nodeIds` order.
 */
export function connectedComponents(input: {
  nodeIds: string[];
  links: Array<{ source: string; target: string }>;
}): string[][] {
  const parent = new Map<string, string>(input.nodeIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let node = id; node !== root;) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const { source, target } of input.links) {
    if (!parent.has(source) || !parent.has(target)) continue;
    const a = find(source);
    const b = find(target);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, string[]>();
  for (const id of input.nodeIds) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}
