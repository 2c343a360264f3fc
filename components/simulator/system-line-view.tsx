/** An event, clock move or flow happening, centred between the bubbles; diagnostics in amber or red. */
export function SystemLineView(props: {
  text: string;
  time: string;
  tone: 'info' | 'warning' | 'error';
  onFocusNode?: () => void;
}) {
  const tones = {
    info: 'bg-slate-200/70 text-slate-600',
    warning: 'bg-amber-100 text-amber-900 ring-1 ring-amber-300',
    error: 'bg-red-100 text-red-800 ring-1 ring-red-300',
  };
  const body = (
    <>
      <span className="mr-1 opacity-60">{props.time}</span>
      {props.text}
    </>
  );
  return (
    <li data-testid="sim-system-line" data-tone={props.tone} className="flex justify-center px-4">
      {props.onFocusNode ? (
        <button
          type="button"
          onClick={props.onFocusNode}
          className={`rounded-md px-2 py-0.5 text-center text-xs hover:underline ${tones[props.tone]}`}
        >
          {body}
        </button>
      ) : (
        <p className={`rounded-md px-2 py-0.5 text-center text-xs ${tones[props.tone]}`}>{body}</p>
      )}
    </li>
  );
}
