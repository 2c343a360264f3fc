import type { ChannelAddProblem } from './channel-add-problem';

/** English for the setup schema's `wechat.<code>` messages (the UI translates the same codes). */
const MESSAGES: Record<string, string> = {
  'wechat.tokenInvalid': 'The token is 3 to 32 letters or digits.',
  'wechat.aesKeyInvalid': 'The EncodingAESKey is exactly 43 letters or digits (or "generate").',
  'wechat.aesKeyRequired': 'Compatible and safe mode need an EncodingAESKey.',
  'wechat.appIdInvalid': 'An AppID is wx followed by 16 letters or digits.',
  'wechat.secretInvalid': 'The secret is 16 to 128 letters, digits, - or _.',
  'wechat.corpIdInvalid': 'A CorpID is ww (or wx) followed by 16 letters or digits.',
  'wechat.agentIdInvalid': "The AgentID is the app's number.",
  'wechat.apiBaseInvalid': 'Enter an http:// or https:// URL.',
};

/** Setup schema field → the option that sets it. */
const OPTIONS: Record<string, string> = {
  appId: '--app-id',
  appSecret: '--app-secret',
  corpId: '--corp-id',
  agentId: '--agent-id',
  secret: '--secret',
  token: '--token',
  encodingAesKey: '--aes-key',
  mode: '--mode',
  apiBase: '--api-base',
};

export interface WeChatSetupProblemsOptions {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
  /** The setup as given to the schema: a missing field is reported as required. */
  given: Record<string, unknown>;
  /** Names the channel type in "required" messages, e.g. `--type wechat_mp`. */
  typeLabel: string;
}

/** One problem per field (its first issue) from a failed `wechatMpSetupSchema` / `wecomSetupSchema` parse. */
export function wechatSetupProblems(options: WeChatSetupProblemsOptions): ChannelAddProblem[] {
  const problems: ChannelAddProblem[] = [];
  const seen = new Set<string>();
  for (const issue of options.issues) {
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const option = OPTIONS[field] ?? `--${field}`;
    if (seen.has(option)) continue;
    seen.add(option);
    const message =
      options.given[field] === undefined
        ? `Required for ${options.typeLabel}.`
        : (MESSAGES[issue.message] ?? issue.message);
    problems.push({ option, message });
  }
  return problems;
}
