import { registerEnumType } from 'type-graphql';
import { Role } from '@motiva/schema';

export enum ModerationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum Locale {
  EN = 'EN',
  RU = 'RU',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The kind of user, which decides the portal and the permissions',
  valuesConfig: {
    ADMIN: { description: 'A platform operator' },
    BRAND: { description: 'A brand (manufacturer) user' },
    PARTICIPANT: { description: 'A sales person, creator or affiliate' },
    PARTNER: { description: 'A partner company user' },
  },
});
registerEnumType(ModerationStatus, {
  name: 'ModerationStatus',
  description: 'Where a record is in moderation',
  valuesConfig: {
    APPROVED: { description: 'Approved by an admin' },
    PENDING: { description: 'Waiting for an admin' },
    REJECTED: { description: 'Rejected by an admin, with a reason' },
  },
});
registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language the portals and messages come in',
  valuesConfig: {
    EN: { description: 'English' },
    RU: { description: 'Russian' },
  },
});
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The direction of a sort',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, earliest or A first' },
    DESC: { description: 'Descending: largest, latest or Z first' },
  },
});
