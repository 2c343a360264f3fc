'use client';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';

export function LinkMessageEditor(props: MessageEditorProps<'link'>) {
  return (
    <MessageFieldList
      {...props}
      fields={[
        { name: 'title', label: 'title', template: true },
        { name: 'description', label: 'description', template: true, long: true },
        { name: 'url', label: 'url', template: true },
        { name: 'thumbUrl', label: 'thumbUrl', template: true },
      ]}
    />
  );
}
