import { linkify } from './linkify';

/** Plain text with its newlines kept and http(s) URLs as links that open in a new tab. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <span className="break-words whitespace-pre-wrap">
      {linkify(text).map((segment, index) =>
        segment.type === 'link' ? (
          <a
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="break-all underline decoration-1 underline-offset-2 hover:decoration-2"
          >
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
