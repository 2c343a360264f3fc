'use client';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';

export function MusicMessageEditor(props: MessageEditorProps<'music'>) {
  return (
    <MessageFieldList
      {...props}
      fields={[
        { name: 'title', label: 'title', template: true },
        { name: 'description', label: 'description', template: true, long: true },
        { name: 'musicUrl', label: 'musicUrl', template: true },
        { name: 'hqMusicUrl', label: 'hqMusicUrl', template: true },
        { name: 'thumbMediaId', label: 'thumbMediaId' },
      ]}
    />
  );
}
