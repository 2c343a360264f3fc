import { defineExampleDocument } from '@/core/examples/define-example-document';

const text = (value: string) => ({ kind: 'text' as const, text: value });

export const PRICE_ANSWER = 'Plans start at $9/month. Reply "signup" to create an account.';
export const EMAIL_QUESTION = 'What is your email?';
export const EMAIL_RETRY =
  'That does not look like an email address. Please try again, e.g. name@example.com.';
export const BENCH_EMAIL = 'user123@example.com';
const completion = (email: string) => `Thanks, ${email}! Your account is being set up.`;

/**
 * The runtime benchmark's flow: "price" → a text answer; "signup" → ask an email (validated, with a
 * retry message, 2 retries) → a completion message using the answer → end.
 */
export const benchFlowDocument = defineExampleDocument({
  document: { variables: [{ name: 'email', defaultValue: '' }] },
  nodes: [
    { id: 'kw-price', type: 'keyword-trigger', data: { keywords: ['price'] } },
    { id: 'send-price', type: 'send-message', data: { messages: [text(PRICE_ANSWER)] } },
    { id: 'kw-signup', type: 'keyword-trigger', data: { keywords: ['signup'] } },
    {
      id: 'ask-email',
      type: 'ask',
      data: {
        prompt: [text(EMAIL_QUESTION)],
        variable: 'email',
        validation: { kind: 'email' },
        maxRetries: 2,
        retryMessage: EMAIL_RETRY,
      },
    },
    { id: 'send-done', type: 'send-message', data: { messages: [text(completion('{{ email }}'))] } },
    { id: 'send-give-up', type: 'send-message', data: { messages: [text('No problem, maybe later.')] } },
    { id: 'end', type: 'end', data: { clearVariables: false } },
  ],
  edges: [
    ['kw-price', 'out', 'send-price'],
    ['kw-signup', 'out', 'ask-email'],
    ['ask-email', 'answer', 'send-done'],
    ['ask-email', 'invalid', 'send-give-up'],
    ['send-done', 'out', 'end'],
    ['send-give-up', 'out', 'end'],
  ],
});

/** One contact's conversation: each inbound text and the exact text replies it must produce. */
export const benchScript: readonly { text: string; replies: readonly string[] }[] = [
  { text: 'price', replies: [PRICE_ANSWER] },
  { text: 'signup', replies: [EMAIL_QUESTION] },
  { text: 'not-an-email', replies: [EMAIL_RETRY] },
  { text: BENCH_EMAIL, replies: [completion(BENCH_EMAIL)] },
];
