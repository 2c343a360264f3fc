'use client';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';

export function VideoMessageEditor(props: MessageEditorProps<'video'>) {
  return (
    <MessageFieldList
      {...props}
      fields={[
        { name: 'mediaId', label: 'mediaId' },
        { name: 'title', label: 'title', template: true },
        { name: 'description', label: 'description', template: true, long: true },
        { name: 'thumbMediaId', label: 'thumbMediaId' },
      ]}
    />
  );
}
