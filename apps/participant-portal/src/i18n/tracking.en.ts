/** English strings of the participant's own link and promo code (participant.tracking.*). */
export const trackingEn = {
  title: 'Your link and promo code',
  description: 'Share them with customers: sales through them count for you.',
  link: 'Your link',
  copyLink: 'Copy the link',
  code: 'Your promo code',
  copyCode: 'Copy the code',
  expires: 'Valid until {{date}}',
  inactive: 'Switched off by the brand for now',
  linkInactive: 'Switched off by the brand for now',
  none: 'The brand has not issued your link or code yet.',
};
