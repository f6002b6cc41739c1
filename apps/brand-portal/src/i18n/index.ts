import type { PortalMessages } from '@motiva/ui';
import { en } from './en';
import { ru } from './ru';

export const messages: PortalMessages = { en, ru };
