'use client';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';

export function VoiceMessageEditor(props: MessageEditorProps<'voice'>) {
  return <MessageFieldList {...props} fields={[{ name: 'mediaId', label: 'mediaId' }]} />;
}
