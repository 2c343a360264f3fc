import { type ComponentType } from 'react';
import { type NodeType } from '@/core';
import { AskForm } from './ask-form';
import { ConditionForm } from './condition-form';
import { DelayForm } from './delay-form';
import { EndForm } from './end-form';
import { EventTriggerForm } from './event-trigger-form';
import { FallbackForm } from './fallback-form';
import { GoToForm } from './go-to-form';
import { HandoffForm } from './handoff-form';
import { HttpRequestForm } from './http-request-form';
import { type InspectorFormProps } from './inspector-form-props';
import { KeywordChips } from './keyword-chips';
import { RandomSplitForm } from './random-split-form';
import { SendMessageForm } from './send-message-form';
import { SetVariableForm } from './set-variable-form';
import { TagContactForm } from './tag-contact-form';

/** The inspector form of every node type; a type without one fails the type check. */
export const inspectorForms = {
  'keyword-trigger': KeywordChips,
  'event-trigger': EventTriggerForm,
  fallback: FallbackForm,
  'send-message': SendMessageForm,
  ask: AskForm,
  condition: ConditionForm,
  'set-variable': SetVariableForm,
  'tag-contact': TagContactForm,
  'http-request': HttpRequestForm,
  'random-split': RandomSplitForm,
  delay: DelayForm,
  handoff: HandoffForm,
  'go-to': GoToForm,
  end: EndForm,
} satisfies { [K in NodeType]: ComponentType<InspectorFormProps<K>> };
