import { everyone, only, uniqueEmail, type Row, type Outcome } from '../../test/matrix-kit';

/** The brands feature's rows of the authorization matrix: brands and their users (admins only), and setting a password from an invitation. */
export const BRANDS_ROWS: Row[] = [
  {
    operation: 'Query.brands',
    run: ({ client }) => client.request(`{ brands { total items { id users { email } } } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.createBrand',
    run: ({ client }) => client.request(`mutation { createBrand(input: { legalName: "Matrix Brand" }) { id } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.inviteBrandUser',
    run: ({ client }, { world }) =>
      client.request(`mutation I($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { id } }`, {
        input: { brandId: world.brandA.brandId, email: uniqueEmail('invite'), name: 'Invited' },
      }),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.setPassword',
    // Open to anyone holding a token; a made-up token is refused the same way for every caller.
    run: ({ client }) =>
      client.request(`mutation { setPassword(input: { token: "${'x'.repeat(43)}", password: "long enough password" }) { token } }`),
    expect: everyone('BAD_USER_INPUT' as Outcome),
  },
];
