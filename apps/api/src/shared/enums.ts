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

registerEnumType(Role, { name: 'Role' });
registerEnumType(ModerationStatus, { name: 'ModerationStatus' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(SortDirection, { name: 'SortDirection' });
