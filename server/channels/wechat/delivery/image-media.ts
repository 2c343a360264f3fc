import { createHash } from 'node:crypto';
import type { RawSql } from '@/server/db/raw-sql';
import { fetchVettedFile, type FetchedFile } from '@/server/runtime/http/execute-http-request';
import type { AccessTokenStore } from '../api/access-token-store';
import { callWeChatApi } from '../api/call-wechat-api';
import type { WeChatApp } from '../api/wechat-app';
import { wechatAppKey } from '../api/wechat-app-key';

/** WeChat keeps temporary media for 3 days. */
export const MEDIA_LIFETIME_MS = 3 * 24 * 3600_000;
/** An upload is reused while more than this is left of its life. */
const REUSE_MARGIN_MS = 3600_000;
/** WeChat's limit for a temporary image (the Official Account's is the lower: 2 MB). */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 10_000;

/** Image types each API accepts, with the file extension the upload is named with. */
const ACCEPTED: Record<'wechat_mp' | 'wecom', Record<string, string>> = {
  wechat_mp: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' },
  wecom: { 'image/jpeg': 'jpg', 'image/png': 'png' },
};

/** The image could not be made a WeChat media id: `retryable` when a later attempt may succeed. */
export class ImageUnavailable extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ImageUnavailable';
  }
}

export interface ImageMediaDeps {
  raw: RawSql;
  tokens: Pick<AccessTokenStore, 'getToken' | 'fetch' | 'timeoutMs'>;
  now?: () => number;
  /** Downloads the image (SSRF-checked); injectable for tests. */
  fetchFile?: typeof fetchVettedFile;
}

const SQL = {
  select: `select media_id from wechat_media
    where api_base = $1 and app_id = $2 and url_hash = $3 and expires_at > to_timestamp($4::float8 / 1000)`,
  forget: `delete from wechat_media where api_base = $1 and app_id = $2 and url_hash = $3 and media_id = $4`,
  /** Uploads WeChat has forgotten, of one app. */
  prune: `delete from wechat_media where api_base = $1 and app_id = $2 and expires_at < now()`,
  upsert: `insert into wechat_media (api_base, app_id, url_hash, media_id, expires_at)
    values ($1, $2, $3, $4, to_timestamp($5::float8 / 1000))
    on conflict (api_base, app_id, url_hash) do update set media_id = excluded.media_id, expires_at = excluded.expires_at`,
};

/** The cache key of an image URL on one app. */
const keyOf = (app: Pick<WeChatApp, 'apiBase' | 'appId' | 'wecomAgentId'>, url: string) => [
  app.apiBase,
  wechatAppKey(app),
  createHash('sha256').update(url).digest('base64url'),
];

/**
 * A media id this app has for an image URL with at least `leftMs` of its life left (no download,
 * no upload), or null.
 */
export async function knownImageMedia(
  raw: RawSql,
  options: {
    app: Pick<WeChatApp, 'apiBase' | 'appId' | 'wecomAgentId'>;
    url: string;
    now: number;
    leftMs?: number;
  },
): Promise<string | null> {
  const [row] = await raw.query<{ media_id: string }>(SQL.select, [
    ...keyOf(options.app, options.url),
    options.now + (options.leftMs ?? REUSE_MARGIN_MS),
  ]);
  return row?.media_id ?? null;
}

/**
 * How much life an upload must have left to be the passive reply: a passive reply WeChat cannot
 * show fails silently (unlike an API send's 40007, answered by uploading again), so only uploads of
 * the last day are trusted with it.
 */
export const PASSIVE_MEDIA_LEFT_MS = MEDIA_LIFETIME_MS - 24 * 3600_000;

/** Forgets an upload WeChat no longer knows (40007 on send), so the next send uploads again. */
export async function forgetImageMedia(
  raw: RawSql,
  options: { app: WeChatApp; url: string; mediaId: string },
): Promise<void> {
  await raw.query(SQL.forget, [...keyOf(options.app, options.url), options.mediaId]);
}

/** Image formats by their first bytes (servers often label images `application/octet-stream`). */
const SIGNATURES: readonly { type: string; bytes: readonly number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/**
 * The downloaded file's image type, told by its first bytes (not the Content-Type, which object
 * stores often leave generic), if it is one this API accepts; else why not.
 */
function imageTypeOf(
  file: Extract<FetchedFile, { ok: true }>,
  channel: 'wechat_mp' | 'wecom',
): { type: string; ext: string } | { error: string } {
  const sniffed = SIGNATURES.find((s) => s.bytes.every((byte, i) => file.bytes[i] === byte))?.type;
  const accepted = ACCEPTED[channel];
  const ext = sniffed ? accepted[sniffed] : undefined;
  if (sniffed && ext) return { type: sniffed, ext };
  const names = Object.values(accepted)
    .map((e) => (e === 'jpg' ? 'JPEG' : e.toUpperCase()))
    .join(', ');
  const declared = file.contentType.split(';')[0]!.trim().toLowerCase();
  const what = sniffed ?? (declared || 'a file without a type');
  return { error: `the image URL gave ${what}, not a ${names} image` };
}

/**
 * The media id to send an image given by URL with, on one app: a still-fresh earlier upload of the
 * same URL, or the image downloaded (with a flow's SSRF protection and `allowlist`; at most 2 MB,
 * JPEG / PNG, or GIF on an Official Account) and uploaded as temporary media
 * (`/cgi-bin/media/upload?type=image`), remembered until an hour before WeChat forgets it. Throws
 * `ImageUnavailable` when the image cannot be had, `WeChatApiError` when WeChat refuses the upload.
 */
export async function mediaIdOfImage(
  deps: ImageMediaDeps,
  options: { app: WeChatApp; channel: 'wechat_mp' | 'wecom'; url: string; allowlist: readonly string[] },
): Promise<string> {
  const now = deps.now ?? Date.now;
  const { app, url } = options;
  const key = keyOf(app, url);
  const known = await knownImageMedia(deps.raw, { app, url, now: now() });
  if (known) return known;

  const file = await (deps.fetchFile ?? fetchVettedFile)({
    url,
    allowlist: options.allowlist,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
    maxBytes: MAX_IMAGE_BYTES,
  });
  if (!file.ok) throw new ImageUnavailable(`image not downloaded: ${file.error}`, file.retryable);
  const image = imageTypeOf(file, options.channel);
  if ('error' in image) throw new ImageUnavailable(image.error, false);
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(file.bytes)], { type: image.type }), `image.${image.ext}`);
  const answer = await callWeChatApi({
    store: deps.tokens,
    app,
    path: '/cgi-bin/media/upload',
    query: { type: 'image' },
    body: form,
  });
  const mediaId = answer.media_id;
  if (typeof mediaId !== 'string' || mediaId === '')
    throw new ImageUnavailable('WeChat answered the upload without a media_id', true);
  // `created_at` is in seconds (a number; a string on WeCom).
  const createdAt = Number(answer.created_at);
  const expiresAt =
    (Number.isFinite(createdAt) && createdAt > 0 ? createdAt * 1000 : now()) + MEDIA_LIFETIME_MS;
  await deps.raw.query(SQL.upsert, [...key, mediaId, expiresAt]);
  await deps.raw.query(SQL.prune, key.slice(0, 2));
  return mediaId;
}
