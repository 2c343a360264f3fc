/** Problems shown under a field or part, in red; nothing when there are none. */
export function FieldProblems({ messages, id }: { messages: readonly string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-0.5 text-sm text-red-600">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}
