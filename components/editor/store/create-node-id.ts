/** A short, readable, collision-resistant node id such as `ask-k3x9q2`. */
export function createNodeId(prefix: string, taken: ReadonlySet<string>, random: () => string): string {
  for (;;) {
    const id = `${prefix}-${random()}`;
    if (!taken.has(id)) return id;
  }
}

export const randomSuffix = (): string => Math.random().toString(36).slice(2, 8).padEnd(6, '0');
