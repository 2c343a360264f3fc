'use client';
import { useTranslations } from 'next-intl';
import { MessageContent } from '@/components/webchat/message-content';
import type { Message } from '@/core';
import { Avatar } from './avatar';

/**
 * A reply of the flow, drawn like the simulated channel draws it, with a link to the node that
 * sent it. Menu options are clickable (`onMenuOption`) unless an action is under way.
 */
export function BotBubble(props: {
  message: Message;
  nodeId: string | null;
  nodeName: string | null;
  time: string;
  look: 'web' | 'wechat';
  onFocusNode: (nodeId: string) => void;
  onMenuOption?: (option: { id: string; label: string }) => void;
}) {
  const t = useTranslations('simulator.chat');
  const { nodeId } = props;
  return (
    <li data-testid="sim-bot-message" className="flex items-start gap-2 pr-8">
      {props.look === 'wechat' ? <Avatar side="bot" /> : null}
      <div className="flex min-w-0 flex-col items-start gap-0.5">
        <span className="sr-only">{t('bot')}: </span>
        <MessageContent
          message={props.message}
          side="bot"
          look={props.look}
          onMenuOption={props.onMenuOption}
        />
        <div className="flex items-center gap-2 px-1 text-[11px] text-slate-400">
          <span>{props.time}</span>
          {nodeId ? (
            <button
              type="button"
              data-testid="reply-node-link"
              onClick={() => props.onFocusNode(nodeId)}
              title={t('showNode')}
              className="max-w-48 truncate rounded px-1 text-sky-700 hover:bg-sky-50 hover:underline"
            >
              ⌖ {props.nodeName ?? nodeId}
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
