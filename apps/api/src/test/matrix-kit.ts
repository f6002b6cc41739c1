import type { GraphQLTestClient } from './graphql-client';
import type { TestApi } from './test-api';
import type { World } from './fixtures';
import type { PromotionStatus } from '../modules/promotions/promotion.enums';

/** Shared vocabulary of the authorization matrix, so each feature can keep its rows beside its code. */
export const ACTORS = ['anonymous', 'admin', 'brandA', 'brandB', 'partnerA', 'partnerB', 'participantA', 'participantB'] as const;
export type Actor = (typeof ACTORS)[number];
export type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export interface Cell {
  client: GraphQLTestClient;
  actor: Actor;
}
export interface Row {
  operation: string;
  /** Tells apart several rows of one operation in the test's name. */
  title?: string;
  /** Runs the operation; returns the response. */
  run(cell: Cell, env: Env): Promise<{ data?: any; errors?: any[] }>;
  expect: Record<Actor, Outcome>;
  /** Extra checks on a successful answer (e.g. only own rows), or that a refused change changed nothing. */
  verify?(cell: Cell, env: Env, outcome: Outcome, res: { data?: any }): Promise<void>;
}
export interface Env {
  api: TestApi;
  world: World;
  pendingParticipant(): Promise<string>;
  pendingPartner(): Promise<string>;
  pendingProduct(): Promise<string>;
  /** A finished CSV import of brand A's. */
  brandAImport(): Promise<string>;
  /** Brand A's ACTIVE promotion for partner A's participants, with participant A as a member. */
  shared: { promotionId: string; optionId: string; memberId: string };
  /** A fresh promotion of brand A in the given state, open to partner A. */
  seedPromotion(status: PromotionStatus): Promise<{ id: string; optionId: string }>;
  seedMember(promotionId: string, optionId: string, participantId: string): Promise<string>;
}

export const only = (allowed: Partial<Record<Actor, Outcome>>, otherwise: Outcome = 'FORBIDDEN'): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, allowed[a] ?? (a === 'anonymous' ? 'UNAUTHENTICATED' : otherwise)])) as Record<Actor, Outcome>;
export const everyone = (outcome: Outcome = 'OK') => Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Record<Actor, Outcome>;
export const signedIn = () =>
  only({ admin: 'OK', brandA: 'OK', brandB: 'OK', partnerA: 'OK', partnerB: 'OK', participantA: 'OK', participantB: 'OK' });

/** Callers of the REST route rows: the matrix's actors plus accounts still pending moderation. */
export const ROUTE_ACTORS = [...ACTORS, 'pendingParticipant', 'pendingPartner'] as const;
export type RouteActor = (typeof ROUTE_ACTORS)[number];

/** What one caller sends to a route; the matrix adds the caller's Bearer token. */
export interface RouteRequest {
  /** Values of the route's path parameters (`:id` in '/api/photos/:id'). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Text, or bytes for a file upload (a multipart body with an image). */
  body?: string | Uint8Array<ArrayBuffer>;
}
export interface RouteResponse {
  status: number;
  body: any;
}
/** A REST route x every kind of caller: the HTTP status each one gets. */
export interface RouteRow {
  /** 'METHOD /path', as routeKey() names the route. */
  route: string;
  title?: string;
  request(actor: RouteActor, env: Env): RouteRequest | Promise<RouteRequest>;
  expect: Record<RouteActor, number>;
  /** Extra checks: what a successful call stored, or that a refused one stored nothing. */
  verify?(actor: RouteActor, env: Env, request: RouteRequest, res: RouteResponse): Promise<void>;
}

/** Statuses per caller: `allowed` as given, anonymous 401, everyone else `otherwise` (403). */
export const statuses = (allowed: Partial<Record<RouteActor, number>>, otherwise = 403): Record<RouteActor, number> =>
  Object.fromEntries(ROUTE_ACTORS.map((a) => [a, allowed[a] ?? (a === 'anonymous' ? 401 : otherwise)])) as Record<RouteActor, number>;

let seq = 0;
export const nextSeq = () => ++seq;
export const uniqueEmail = (prefix: string) => `${prefix}-${++seq}-${Date.now()}@matrix.test`;
