/** WeCom's error as `[errcode, errmsg]`. */
type Problem = readonly [errcode: number, errmsg: string];

/**
 * The fake WeCom's registry: each corp's self-built apps (an agent is identified by its secret at
 * `/cgi-bin/gettoken`) and, optionally, its users. A corp with no registered users accepts any
 * `touser`. Apps are keyed `${corpId}/${agentId}`, like `wechatAppKey`.
 */
export class FakeWeComDirectory {
  /** corpId → secret → agentId. */
  private readonly agents = new Map<string, Map<string, string>>();
  private readonly users = new Map<string, Set<string>>();

  /** Registers (or re-keys: the previous secret stops working) one app of a corp. */
  registerApp(options: { corpId: string; agentId: string; secret: string }): void {
    const { corpId, agentId, secret } = options;
    const agents = this.agents.get(corpId) ?? new Map<string, string>();
    for (const [known, agent] of agents) if (agent === agentId) agents.delete(known);
    agents.set(secret, agentId);
    this.agents.set(corpId, agents);
  }

  registerUser(corpId: string, userId: string): void {
    this.users.set(corpId, (this.users.get(corpId) ?? new Set()).add(userId));
  }

  /** The app that `corpid` + `corpsecret` name, or WeCom's error (40013 corp, 40001 secret). */
  resolve(corpId: string, secret: string): { problem: Problem } | { problem: null; appKey: string } {
    if (corpId === '') return { problem: [41002, 'corpid missing'] };
    if (secret === '') return { problem: [41004, 'corpsecret missing'] };
    const agents = this.agents.get(corpId);
    if (!agents) return { problem: [40013, 'invalid corpid'] };
    const agentId = agents.get(secret);
    if (agentId === undefined) return { problem: [40001, 'invalid credential'] };
    return { problem: null, appKey: `${corpId}/${agentId}` };
  }

  /** `touser` ('a|b', or '@all') split into users the corp knows and users it does not. */
  recipients(corpId: string, touser: string): { valid: string[]; invalid: string[] } {
    const known = this.users.get(corpId);
    const listed = touser.split('|').filter((user) => user !== '');
    if (!known || touser === '@all') return { valid: listed, invalid: [] };
    return {
      valid: listed.filter((user) => known.has(user)),
      invalid: listed.filter((user) => !known.has(user)),
    };
  }
}
