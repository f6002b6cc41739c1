/** Demo accounts printed at boot; every one shares DEMO_PASSWORD. Only ever seeded into demo databases. */
export const DEMO_PASSWORD = 'motiva-demo-1';

export const DEMO_LOGINS = {
  admin: 'admin@motiva.local',
  brands: ['brand@aurora.example', 'brand@nordic.example'],
  partners: ['partner@technosila.example', 'partner@electroset.example'],
  participants: ['anna@technosila.example', 'boris@technosila.example', 'vera@electroset.example', 'gleb@motiva.local'],
  pendingParticipants: ['dina@technosila.example', 'egor@electroset.example'],
} as const;
