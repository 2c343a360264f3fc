import { WebchatIcon, type WebchatIconName } from './webchat-icon';

/**
 * Music, video, voice and mini-program messages: WeChat plays them from media ids the web cannot
 * use, so the web shows what they are (label, title, description) and where to open them.
 */
export function MediaCard(props: {
  icon: WebchatIconName;
  label: string;
  title?: string;
  description?: string;
  hint: string;
}) {
  return (
    <figure
      className="flex w-64 max-w-full gap-3 rounded-2xl rounded-bl-md bg-white p-3 shadow-sm ring-1 ring-slate-200/80"
      aria-label={props.title ? `${props.label}: ${props.title}` : props.label}
    >
      <div className="flex h-11 w-11 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
        <WebchatIcon name={props.icon} className="h-6 w-6" />
      </div>
      <figcaption className="min-w-0 flex-1">
        <p className="text-[11px] font-semibold tracking-wide text-brand-700 uppercase">{props.label}</p>
        {props.title ? <p className="truncate text-sm font-semibold text-slate-900">{props.title}</p> : null}
        {props.description ? (
          <p className="line-clamp-2 text-sm text-slate-600">{props.description}</p>
        ) : null}
        <p className="mt-1 text-xs text-slate-400">{props.hint}</p>
      </figcaption>
    </figure>
  );
}
