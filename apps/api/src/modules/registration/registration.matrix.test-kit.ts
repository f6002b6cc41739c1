import { everyone, uniqueEmail, type Row } from '../../test/matrix-kit';
import { uniqueInn } from '../../test/inn-generator';

/** The registration feature's rows of the authorization matrix: self-registration and the invite code lookup (public). */
export const REGISTRATION_ROWS: Row[] = [
  {
    operation: 'Mutation.registerParticipant',
    run: ({ client }) =>
      client.request(`mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { viewer { status } } }`, {
        input: {
          email: uniqueEmail('p'),
          password: 'long enough password',
          name: 'Matrix',
          phone: '+79990000000',
          city: 'Ufa',
          inviteCode: 'PARTNERB',
          personalDataConsent: true,
        },
      }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.registerPartner',
    run: ({ client }) =>
      client.request(`mutation R($input: RegisterPartnerInput!) { registerPartner(input: $input) { viewer { status } } }`, {
        input: {
          email: uniqueEmail('co'),
          password: 'long enough password',
          contactName: 'Matrix Contact',
          phone: '+79990000000',
          legalName: 'OOO Matrix',
          taxId: uniqueInn(),
          address: 'Ufa, Lenina 1',
          personalDataConsent: true,
        },
      }),
    expect: everyone(),
  },
  {
    operation: 'Query.partnerByInviteCode',
    run: ({ client }) => client.request(`{ partnerByInviteCode(code: "PARTNERA") { legalName } }`),
    expect: everyone(),
  },
];
