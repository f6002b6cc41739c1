import type { Permission } from '@motiva/schema';
import type { OwnerRule } from '../../auth/policy';

/** A record of one participant (a membership): that participant, holding `when`. */
export const theParticipantOf = (when: Permission): OwnerRule<{ participant: { id: string } }> => ({
  name: 'participant',
  when: [when],
  owns: (viewer, root) => viewer.participantId != null && viewer.participantId === root.participant.id,
});
