import { type ComponentType } from 'react';
import { type MessageKind } from '@/core';
import { ImageMessageEditor } from './image-message-editor';
import { LinkMessageEditor } from './link-message-editor';
import { MenuMessageEditor } from './menu-message-editor';
import { type MessageEditorProps } from './message-editor-props';
import { MiniProgramMessageEditor } from './mini-program-message-editor';
import { MusicMessageEditor } from './music-message-editor';
import { NewsMessageEditor } from './news-message-editor';
import { TextMessageEditor } from './text-message-editor';
import { VideoMessageEditor } from './video-message-editor';
import { VoiceMessageEditor } from './voice-message-editor';

/** The sub-editor of each message kind; a kind without one fails the type check. */
export const messageEditors = {
  text: TextMessageEditor,
  image: ImageMessageEditor,
  voice: VoiceMessageEditor,
  video: VideoMessageEditor,
  music: MusicMessageEditor,
  news: NewsMessageEditor,
  link: LinkMessageEditor,
  'mini-program': MiniProgramMessageEditor,
  menu: MenuMessageEditor,
} satisfies { [K in MessageKind]: ComponentType<MessageEditorProps<K>> };
