// Public surface of the flow language. Everything here is pure: no IO, no framework.
export {
  flowDocumentSchema,
  flowEdgeSchema,
  FLOW_SCHEMA_VERSION,
  DEFAULT_TIMEZONE,
} from './document/flow-document-schema';
export type { FlowDocument, FlowEdge, VariableValue } from './document/flow-document-schema';
export { flowNodeSchema } from './document/flow-node-schema';
export type { FlowNode, NodeType, NodeOfType } from './document/flow-node-schema';
export { parseFlowDocument } from './document/parse-flow-document';
export type { ParseFlowDocumentResult, ParseIssue } from './document/parse-flow-document';
export { createEmptyFlowDocument } from './document/create-empty-flow-document';
export { messageSchema } from './messages/message-schema';
export type { Message, MessageKind } from './messages/message-schema';

export { nodeCatalogue } from './catalogue/node-catalogue';
export { portsOf } from './catalogue/ports-of';
export type { LocalizedText } from './shared/localized-text';
export { timeWindowSchema } from './time/time-window-schema';
export type { TimeWindow } from './time/time-window-schema';
export { conditionSchema } from './document/nodes/condition-schema';
export type { Condition } from './document/nodes/condition-schema';
export { answerValidationSchema } from './document/nodes/answer-validation-schema';
export type { AnswerValidation } from './document/nodes/answer-validation-schema';
export type { NodeDefinition, NodeGroup, PortSpec } from './catalogue/node-definition';

export { compileFlow } from './compiler/compile-flow';
export type { CompileResult } from './compiler/compile-flow';
export { compiledFlowSchema, COMPILED_FLOW_VERSION } from './compiler/compiled-flow-schema';
export type { CompiledFlow, Trigger, Matcher } from './compiler/compiled-flow-schema';
export type { CompiledNode } from './compiler/compiled-node-schema';
export { diagnosticSchema } from './compiler/diagnostic-schema';
export type { Diagnostic } from './compiler/diagnostic-schema';
export { diagnosticCatalogue } from './compiler/diagnostic-catalogue';
export type { DiagnosticCode } from './compiler/diagnostic-catalogue';
export {
  autoReplySettingsSchema,
  keywordReplyRuleSchema,
  AUTO_REPLY_SETTINGS_VERSION,
} from './auto-reply/auto-reply-settings-schema';
export type { AutoReplySettings, KeywordReplyRule } from './auto-reply/auto-reply-settings-schema';
export { emptyAutoReplySettings } from './auto-reply/empty-auto-reply-settings';
export { buildAutoReplyDocument } from './auto-reply/build-auto-reply-document';
export { compileAutoReplies } from './auto-reply/compile-auto-replies';
export type { AutoReplyCompilation } from './auto-reply/compile-auto-replies';
export type { AutoReplyProblem } from './auto-reply/auto-reply-problem';
export { diffFlowDocuments } from './diff/diff-flow-documents';
export type { FlowDiff, NodeChange, FieldChange } from './diff/flow-diff';

export { step } from './engine/step';
export { orderedTriggers } from './engine/ordered-triggers';
export { startAtNode } from './engine/start-at-node';
export type { StepResult } from './engine/step';
export type { StepOptions } from './engine/run';
export { initialConversationState } from './engine/initial-conversation-state';
export { conversationStateSchema, contactSchema, waitSchema } from './engine/conversation-state-schema';
export type { ConversationState, Contact, Wait } from './engine/conversation-state-schema';
export { inboundEventSchema } from './engine/inbound-event-schema';
export type { InboundEvent } from './engine/inbound-event-schema';
export { effectSchema } from './engine/effect-schema';
export type { Effect } from './engine/effect-schema';
export { eventFromWeChat } from './engine/event-from-wechat';

export { analyzeReplyRules } from './rules/analyze-reply-rules';
export type { ReplyRuleInput, ReplyRuleFinding, ReplyRuleFindingKind } from './rules/reply-rule';
export { normalizeText } from './text/normalize-text';
export { parseTemplate } from './template/parse-template';
export { renderTemplate } from './template/render-template';
export { fnv1a64 } from './shared/fnv1a64';
export { exampleFlows } from './examples/example-flows';
export type { ExampleFlow } from './examples/example-flow';

export { describeMessage } from './messages/describe-message';
export { seededRandom } from './shared/seeded-random';
export type { SeededRandom } from './shared/seeded-random';
export {
  simulationActionSchema,
  simulationSetupSchema,
  simulatedContactSchema,
  simulatedChannels,
  userEventSchema,
  MAX_INSTANT,
} from './testing/simulation-action-schema';
export type {
  SimulationAction,
  SimulationSetup,
  SimulatedContact,
  SimulatedChannel,
} from './testing/simulation-action-schema';
export {
  testCaseSchema,
  testStepSchema,
  expectedReplySchema,
  recordedHttpSchema,
  TEST_CASE_VERSION,
  MAX_TEST_STEPS,
} from './testing/test-case-schema';
export type { TestCase, TestStep, RecordedHttp } from './testing/test-case-schema';
export { compareReplies, sameMessage } from './testing/compare-replies';
export type { ReplyComparison, ReplyDiffLine } from './testing/compare-replies';
export { flowFileSchema, flowFileTestsSchema, MAX_FLOW_FILE_TESTS } from './document/flow-file-schema';
export type { FlowFile } from './document/flow-file-schema';
