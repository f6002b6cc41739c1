export const en = {
  participant: {
    title: 'Participant portal',
    nav: { home: 'Home' },
    home: {
      greeting: 'Hello, {{name}}',
      subtitle: 'Your Motiva profile',
      profile: 'Profile',
      name: 'Name',
      email: 'Email',
      phone: 'Phone',
      city: 'City',
      company: 'Company',
      status: 'Status',
      since: 'Registered',
      promotionsTitle: 'Promotions',
      emptyTitle: 'No promotions for you yet',
      emptyText: 'When brands open promotions to you, they appear here: log your sales and earn points.',
    },
  },
};
