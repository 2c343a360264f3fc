import { previewImageUrl } from './preview-image-url';

/**
 * A small lazy image of a message's picture, or nothing when the url cannot be previewed.
 * `no-referrer` because WeChat's image hosts refuse hot-linked requests that carry a referrer.
 */
export function Thumbnail({
  url,
  alt,
  className = 'h-10 w-10',
}: {
  url: string;
  alt: string;
  className?: string;
}) {
  const src = previewImageUrl(url);
  if (!src) return null;
  return (
    <img
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      className={`shrink-0 rounded border border-slate-200 bg-slate-100 object-cover ${className}`}
    />
  );
}
