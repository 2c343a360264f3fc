'use client';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';

export function MiniProgramMessageEditor(props: MessageEditorProps<'mini-program'>) {
  return (
    <MessageFieldList
      {...props}
      fields={[
        { name: 'title', label: 'title', template: true },
        { name: 'appId', label: 'appId' },
        { name: 'pagePath', label: 'pagePath', template: true },
        { name: 'thumbMediaId', label: 'thumbMediaId' },
      ]}
    />
  );
}
