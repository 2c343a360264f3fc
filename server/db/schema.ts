/**
 * The whole data model of ReplyFlow. Later capabilities extend these tables rather than rework them.
 * Auth tables (users, auth_*) follow better-auth's core model; every other table is tenant-scoped by
 * `workspace_id` so that every query can be filtered by the caller's workspace.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------------------------
// Identity (better-auth's model; property names are the adapter's field names)

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  /** UI language chosen by the user ('en' | 'zh-CN'); null until they choose (cookie/browser decide). */
  locale: text('locale'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    /** Password hash (scrypt, by better-auth); never selected by application queries. */
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('auth_accounts_user_idx').on(t.userId)],
);

export const authVerifications = pgTable('auth_verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Tenancy

export const roleEnum = pgEnum('member_role', ['owner', 'editor', 'viewer']);
export type Role = (typeof roleEnum.enumValues)[number];

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The tenant column every workspace-scoped table carries (deleted with its workspace). */
const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: workspaceRef(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    /** SHA-256 of the secret in the invite link; the link itself is shown once. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invites_workspace_idx').on(t.workspaceId)],
);

// ---------------------------------------------------------------------------------------------
// Accounts (bot identities) and their channels

export const accountTypeEnum = pgEnum('account_type', ['wechat_mp', 'wecom', 'web']);
export const channelTypeEnum = pgEnum('channel_type', ['wechat_mp', 'wecom', 'webchat', 'webhook']);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    type: accountTypeEnum('type').notNull(),
    avatarUrl: text('avatar_url'),
    timezone: text('timezone').notNull().default('Asia/Shanghai'),
    sessionTimeoutMinutes: integer('session_timeout_minutes').notNull().default(30),
    /** Bumped by every change to the account's deployments: runtimes cache the live flows per revision. */
    deploymentRevision: integer('deployment_revision').notNull().default(0),
    defaultLocale: text('default_locale').notNull().default('zh-CN'),
    /** Account-level settings (reply rules, business hours, HTTP allowlist…), versioned zod shape. */
    settings: jsonb('settings').notNull().default({}),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('accounts_workspace_idx').on(t.workspaceId)],
);

const accountRef = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    accountId: accountRef(),
    type: channelTypeEnum('type').notNull(),
    name: text('name').notNull(),
    /** Public, unguessable id used in callback URLs (`/wechat/<key>`, `/chat/<key>`). */
    publicKey: text('public_key').notNull().unique(),
    /** Non-secret configuration (AppID, mode, agent id…). */
    config: jsonb('config').notNull().default({}),
    /** Secrets (token, EncodingAESKey, app secret, HMAC secret) as one AES-256-GCM envelope. */
    secretsEncrypted: text('secrets_encrypted'),
    enabled: boolean('enabled').notNull().default(true),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('channels_account_idx').on(t.accountId)],
);

/**
 * One WeChat `access_token` per app, shared by every process (server/channels/wechat/api). Not
 * workspace-scoped on purpose: WeChat issues one live token per AppID, and fetching a new one
 * invalidates the old, so two workspaces or processes holding their own copies would invalidate each
 * other. A caller gets the stored token only when its app secret matches `secret_hash`, so linking
 * someone else's AppID does not hand out their token.
 */
export const wechatAccessTokens = pgTable(
  'wechat_access_tokens',
  {
    /** The API base URL the token was issued by (the real API, or a test's fake server). */
    apiBase: text('api_base').notNull(),
    appId: text('app_id').notNull(),
    /** The token as an AES-256-GCM envelope (SecretBox). */
    tokenEncrypted: text('token_encrypted').notNull(),
    /** HMAC of the app secret that fetched the token (a key derived from the master key). */
    secretHash: text('secret_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
    /** Bumped by every refresh. */
    generation: integer('generation').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.apiBase, t.appId] })],
);

/**
 * Images a flow gives by URL, uploaded to an app as WeChat temporary media (kept by WeChat for 3
 * days): the media id is reused until shortly before it expires. Keyed like the access tokens (an
 * upload belongs to one app) and by the image URL.
 */
export const wechatMedia = pgTable(
  'wechat_media',
  {
    apiBase: text('api_base').notNull(),
    appId: text('app_id').notNull(),
    /** SHA-256 (base64url) of the image's URL as the flow gives it (URLs can be long). */
    urlHash: text('url_hash').notNull(),
    mediaId: text('media_id').notNull(),
    /** When WeChat forgets the media (its `created_at` + 3 days). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.apiBase, t.appId, t.urlHash] })],
);

// ---------------------------------------------------------------------------------------------
// Flows, immutable versions and what is deployed where

export const flowKindEnum = pgEnum('flow_kind', ['canvas', 'auto-reply']);

export const flows = pgTable(
  'flows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The editor's draft flow document (core's zod schema, with its own schemaVersion). */
    draft: jsonb('draft').notNull(),
    /** Optimistic concurrency: every draft save must name the revision it was based on. */
    revision: integer('revision').notNull().default(1),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Soft delete: versions stay referenced by conversations that ran on them. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /**
     * 'canvas': drawn in the editor. 'auto-reply': generated from one account's auto replies
     * (`accountId`), hidden from the flows list; published and deployed like any flow.
     */
    kind: flowKindEnum('kind').notNull().default('canvas'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('flows_workspace_idx').on(t.workspaceId),
    uniqueIndex('flows_auto_reply_account_uq')
      .on(t.accountId)
      .where(sql`${t.kind} = 'auto-reply'`),
  ],
);

export const flowVersions = pgTable(
  'flow_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    document: jsonb('document').notNull(),
    compiled: jsonb('compiled').notNull(),
    compiledHash: text('compiled_hash').notNull(),
    note: text('note').notNull().default(''),
    /** The draft revision it was compiled from (the editor shows "unpublished changes" after it). */
    draftRevision: integer('draft_revision'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('flow_versions_flow_number_uq').on(t.flowId, t.number)],
);

export const deployments = pgTable(
  'deployments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    accountId: accountRef(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    flowVersionId: uuid('flow_version_id')
      .notNull()
      .references(() => flowVersions.id, { onDelete: 'restrict' }),
    /** Merge order of the triggers of several flows live on one account (higher first). */
    priority: integer('priority').notNull().default(0),
    /**
     * This account's priorities for single triggers of the flow (`{ nodeId: priority }`), set from
     * the reply rules table; a trigger without an entry keeps the priority its version gives it.
     */
    triggerPriorities: jsonb('trigger_priorities').$type<Record<string, number>>().notNull().default({}),
    deployedBy: text('deployed_by').references(() => users.id, { onDelete: 'set null' }),
    deployedAt: timestamp('deployed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('deployments_account_flow_uq').on(t.accountId, t.flowId)],
);

// ---------------------------------------------------------------------------------------------
// Conversations

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    accountId: accountRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    /** The channel's id for this person (OpenID, WeCom UserID, web visitor id, webhook sender). */
    externalId: text('external_id').notNull(),
    displayName: text('display_name'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fields: jsonb('fields').notNull().default({}),
    /** Simulator contacts never mix with real contacts, transcripts or analytics. */
    isTest: boolean('is_test').notNull().default(false),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contacts_channel_external_uq').on(t.channelId, t.externalId)],
);

export const conversationStatusEnum = pgEnum('conversation_status', [
  'active',
  'handoff',
  'ended',
  'expired',
]);

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    accountId: accountRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** Pinned: a conversation keeps the flow version it started on. */
    flowVersionId: uuid('flow_version_id').references(() => flowVersions.id, { onDelete: 'restrict' }),
    status: conversationStatusEnum('status').notNull().default('active'),
    /** The engine's conversation state (core's zod schema, versioned). */
    state: jsonb('state').notNull().default({}),
    /** Number of processed turns; bumps on every persisted step. */
    turn: integer('turn').notNull().default(0),
    isTest: boolean('is_test').notNull().default(false),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('conversations_contact_idx').on(t.contactId, t.status)],
);

export const messageDirectionEnum = pgEnum('message_direction', ['in', 'out']);
/**
 * An outbound message's way to the contact: `none` (answered in the HTTP response of a web chat or
 * webhook), `pending`, `sent`, `failed` (will be retried), `dead` (gave up: visible to operators),
 * `blocked` (WeChat's rules refused it: 48-hour window closed or quota used up; not retried).
 */
export const deliveryStatusEnum = pgEnum('delivery_status', [
  'none',
  'pending',
  'sent',
  'failed',
  'dead',
  'blocked',
]);

export const messages = pgTable(
  'messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // Tenant and channel columns without foreign keys: every message would otherwise share-lock the
    // same workspace and channel rows (hot rows, multixacts) and pay for the checks. Messages go with
    // their contact, which goes with its channel and workspace.
    workspaceId: uuid('workspace_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    /** No foreign key either (conversations are never deleted but with their contact). */
    conversationId: uuid('conversation_id').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    direction: messageDirectionEnum('direction').notNull(),
    /** Channel message id (MsgId, webhook id, generated when the channel has none): the dedupe key. */
    channelMessageId: text('channel_message_id'),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    /** The node that produced an outbound message. */
    nodeId: text('node_id'),
    /** Outbound: the inbound message whose turn produced it (a retried inbound gets these again). */
    inReplyTo: bigint('in_reply_to', { mode: 'number' }),
    /** Inbound: the analytics marks of its turn, `[[mark, nodeId], …]` (events' turns use analytics_events). */
    marks: jsonb('marks'),
    deliveryStatus: deliveryStatusEnum('delivery_status').notNull().default('none'),
    /** How it reached the contact: `passive` (WeChat's HTTP answer), `api` (customer-service send), `callback` (webhook). */
    deliveredVia: text('delivered_via'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** Customer-service API calls that carried it (a long text is several): WeChat's quota counts these. */
    apiSends: integer('api_sends').notNull().default(0),
    /** Why the last attempt failed, with WeChat's errcode when it gave one ("45015 …"). */
    deliveryError: text('delivery_error'),
    isTest: boolean('is_test').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('messages_inbound_dedupe_uq')
      .on(t.channelId, t.channelMessageId)
      .where(sql`${t.direction} = 'in'`),
    // A contact's transcript, and a conversation's (conversation ids are filtered within the contact).
    index('messages_contact_idx').on(t.contactId, t.id),
    // A channel's deliveries that need attention (the message log's filter; sent ones are not indexed).
    index('messages_delivery_open_idx')
      .on(t.channelId, t.id)
      .where(sql`${t.deliveryStatus} not in ('none', 'sent')`),
  ],
);

export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'running', 'done', 'failed', 'dead']);

/** Effects that leave the process and need a visible record (HTTP calls, deliveries), written in the turn's transaction; timers are pg-boss jobs only. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: workspaceRef(),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: outboxStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.runAt),
    index('outbox_conversation_idx').on(t.conversationId),
  ],
);

/**
 * What a channel received that did not become a message: pushes of a type the engine does not handle
 * (recorded, answered `success`). Kept for the channel's message log.
 */
export const channelEvents = pgTable(
  'channel_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: workspaceRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The push's fields (MsgType, Event, FromUserName, CreateTime…), capped in size. */
    detail: jsonb('detail').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('channel_events_channel_idx').on(t.channelId, t.id)],
);

/** Analytics marks emitted by the engine (node entered, rule matched, fallback hit). */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: workspaceRef(),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    flowVersionId: uuid('flow_version_id').references(() => flowVersions.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    nodeId: text('node_id'),
    data: jsonb('data').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('analytics_workspace_time_idx').on(t.workspaceId, t.createdAt),
    index('analytics_conversation_idx').on(t.conversationId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Test mode: simulations of drafts, and test cases (kept apart from contacts, conversations,
// messages and analytics, so simulator data never mixes with real data)

/** One tester's simulation of one flow's draft (server/simulator's versioned zod schema). */
export const simulations = pgTable(
  'simulations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The account whose HTTP allowlist the simulated HTTP requests use (none: the default guard). */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    state: jsonb('state').notNull(),
    /** Optimistic concurrency between two tabs acting on the same simulation. */
    revision: integer('revision').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('simulations_flow_user_uq').on(t.flowId, t.userId)],
);

/** A flow's test cases (core's versioned zod schema), run on demand and before publishing. */
export const flowTestCases = pgTable(
  'flow_test_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('flow_test_cases_flow_name_uq').on(t.flowId, t.name)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: workspaceRef(),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_workspace_time_idx').on(t.workspaceId, t.createdAt)],
);
