import { defineFeature } from '../../define-feature';
import { byId } from '../../loaders/loader-factories';
import { Participant } from './participant.entity';
import { ParticipantsResolver } from './participants.resolver';

/** Participants (sales staff of a partner): lists for admins and their partner. */
export const participantsFeature = defineFeature({
  name: 'participants',
  resolvers: [ParticipantsResolver],
  entities: [Participant],
  loaders: (em) => ({ participantById: byId(em, Participant, ['user']) }),
});
