import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { WebchatIcon } from './webchat-icon';

/** Most lines the text box grows to before it scrolls. */
const MAX_ROWS_PX = 132;
const MAX_LENGTH = 4000;

/**
 * The text box: Enter sends, Shift+Enter adds a line, Enter that confirms an IME composition (Chinese
 * input) does neither. Sending never waits for the previous message: the window queues it.
 */
export function Composer(props: { onSend: (text: string) => void }) {
  const t = useTranslations('webchat');
  const id = useId();
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const canSend = text.trim().length > 0;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${Math.min(element.scrollHeight, MAX_ROWS_PX)}px`;
  }, [text]);

  const submit = () => {
    if (!canSend) return;
    props.onSend(text.trim());
    setText('');
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.keyCode === 229)
      return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      className="flex items-end gap-2 border-t border-slate-200 bg-white px-3 py-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('inputLabel')}
      </label>
      <textarea
        id={id}
        ref={box}
        rows={1}
        value={text}
        maxLength={MAX_LENGTH}
        placeholder={t('placeholder')}
        title={t('inputHint')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        enterKeyHint="send"
        className="max-h-[132px] min-h-10 flex-1 resize-none rounded-2xl border-0 bg-slate-100 px-4 py-2 text-[15px] leading-6 text-slate-900 placeholder:text-slate-400 focus:bg-white focus:ring-2 focus:ring-brand-500 focus:outline-none disabled:opacity-60"
      />
      <button
        type="submit"
        aria-label={t('send')}
        title={t('send')}
        disabled={!canSend}
        className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 active:scale-95 disabled:bg-slate-300 disabled:shadow-none"
      >
        <WebchatIcon name="send" className="h-5 w-5" />
      </button>
    </form>
  );
}
