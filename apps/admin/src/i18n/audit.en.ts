/**
 * English strings of the admin's audit log page (admin.audit.*). The sentences, action labels and
 * record kinds are the shared history's (packages/ui, history.*), checked there for every action.
 */
export const auditEn = {
  title: 'Audit log',
  subtitle: 'Who changed what, and when',
  time: 'Time',
  event: 'What happened',
  subject: 'Opens',
  actor: 'By',
  allEntities: 'All kinds of record',
  entityFilter: 'Record',
  allActions: 'All actions',
  before: 'Before',
  after: 'After',
  noData: 'Nothing recorded',
  field: 'Field',
  open: {
    PARTICIPANT: 'Participant',
    PARTNER: 'Partner company',
    BRAND: 'Brand',
    PRODUCT: 'Product',
    PROMOTION: 'Promotion',
  },
  emptyTitle: 'No events recorded yet',
  filters: {
    action: 'Action',
    scope: 'Promotion ID',
    scopePlaceholder: 'Paste a promotion ID',
    scopeInvalid: 'This is not an ID: paste the whole ID, e.g. 3f2b…-…',
    from: 'From',
    to: 'To',
    datePlaceholder: 'Any date',
    clear: 'Clear filters',
    scopeActive: 'Showing everything about one promotion: the promotion, its payout options and members.',
    openPromotion: 'Open the promotion',
  },
};
