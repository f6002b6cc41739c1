import type { GraphQLTestClient } from '../test/graphql-client';
import type { TestApi } from '../test/test-api';
import type { World } from '../test/fixtures';
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
export const signedIn = () => only({ admin: 'OK', brandA: 'OK', brandB: 'OK', partnerA: 'OK', partnerB: 'OK', participantA: 'OK', participantB: 'OK' });

let seq = 0;
export const nextSeq = () => ++seq;
export const uniqueEmail = (prefix: string) => `${prefix}-${++seq}-${Date.now()}@matrix.test`;

