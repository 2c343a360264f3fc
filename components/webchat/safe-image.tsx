import { useState, type ReactNode } from 'react';

/**
 * An image from a message (any host, so a plain img rather than next/image) that gives way to
 * `fallback` when it cannot be loaded, instead of a broken-image icon.
 */
export function SafeImage(props: { src: string; alt: string; className: string; fallback?: ReactNode }) {
  const [failed, setFailed] = useState(false);
  if (failed) return props.fallback ?? null;
  return (
    <img
      src={props.src}
      alt={props.alt}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
      className={props.className}
    />
  );
}
