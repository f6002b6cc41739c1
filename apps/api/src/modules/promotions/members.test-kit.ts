import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { TestApi } from '../../test/test-api';

/** Test helpers of promotion members: the member operations and everyone who takes part in them, signed in. */
const MEMBER = `id stage active validFrom validTo overrideValue source payoutOption { id name } participant { id name partnerName }`;
export const JOIN_PROMOTION = `mutation J($id: ID!) { joinPromotion(promotionId: $id) { ${MEMBER} } }`;
export const ADD_MEMBERS = `mutation A($input: AddMembersInput!) { addPromotionMembers(input: $input) { participantId outcome message member { id stage } } }`;
export const UPDATE_MEMBERS = `mutation U($input: UpdateMembersInput!) { updatePromotionMembers(input: $input) { memberId outcome message member { ${MEMBER} } } }`;
export const DECLINE_INVITATION = `mutation D($id: ID!) { declineInvitation(memberId: $id) { id stage } }`;
export const LEAVE_PROMOTION = `mutation L($id: ID!) { leavePromotion(memberId: $id) { id stage } }`;
export const MOVE_MEMBER = `mutation M($input: MoveMemberStageInput!) { moveMemberStage(input: $input) { id stage } }`;
export const MEMBER_BOARD = `query B($id: ID!, $filter: MemberFilter) { promotionMembers(promotionId: $id, filter: $filter) { total items { ${MEMBER} } } }`;
export const MEMBER_HISTORY = `query H($id: ID!) { memberHistory(memberId: $id) { total items { action before after actorName } } }`;
export const PROMOTION_HISTORY = `query H($id: ID!) { promotionHistory(promotionId: $id) { total items { action entityType before after actorName } } }`;

export interface MembersWorld {
  world: World;
  brandA: GraphQLTestClient;
  brandB: GraphQLTestClient;
  admin: GraphQLTestClient;
  participantA: GraphQLTestClient;
  participantB: GraphQLTestClient;
  partnerA: GraphQLTestClient;
}

/** A fresh world and a signed-in client for each side of a membership: both brands, the admin, two participants, partner A. */
export async function membersWorld(api: TestApi): Promise<MembersWorld> {
  const world = await createWorld(api.db.orm);
  const [brandA, brandB, admin, participantA, participantB, partnerA] = await Promise.all(
    [world.brandA, world.brandB, world.admin, world.participantA, world.participantB, world.partnerA].map((u) => signIn(api, u.email)),
  );
  return {
    world,
    brandA: brandA!,
    brandB: brandB!,
    admin: admin!,
    participantA: participantA!,
    participantB: participantB!,
    partnerA: partnerA!,
  };
}
