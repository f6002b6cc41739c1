import { everyone, signedIn, uniqueEmail, type Row, type Outcome } from '../../test/matrix-kit';
import { PASSWORD } from '../../test/fixtures';

/** The identity feature's rows of the authorization matrix: sign-in, sessions and the caller's own account. */
export const IDENTITY_ROWS: Row[] = [
  { operation: 'Query.me', run: ({ client }) => client.request(`{ me { id role } }`), expect: everyone() },
  {
    operation: 'Mutation.login',
    run: ({ client }, { world }) =>
      client.request(`mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
        e: world.participantA.email,
        p: PASSWORD,
      }),
    expect: everyone(),
  },
  { operation: 'Mutation.logout', run: ({ client }) => client.request(`mutation { logout }`), expect: signedIn() },
  {
    operation: 'Mutation.setLocale',
    run: ({ client }) => client.request(`mutation { setLocale(locale: EN) { locale } }`),
    expect: signedIn(),
  },
  {
    operation: 'Mutation.requestPasswordReset',
    // Open to anyone; the answer never says whether the email has an account.
    run: ({ client }) =>
      client.request(`mutation R($email: String!) { requestPasswordReset(input: { email: $email }) }`, { email: uniqueEmail('forgot') }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.resetPassword',
    // Open to anyone holding a reset link; a made-up token is refused the same way for every caller.
    run: ({ client }) =>
      client.request(`mutation { resetPassword(input: { token: "${'r'.repeat(43)}", password: "long enough password" }) { token } }`),
    expect: everyone('BAD_USER_INPUT' as Outcome),
  },
  {
    operation: 'Mutation.changePassword',
    // Changes the caller's own password and puts it back, so the other rows still sign in.
    async run({ client }) {
      const change = `mutation C($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
      const res = await client.request(change, { c: PASSWORD, n: 'matrix changed password' });
      if (!res.errors) await client.ok(change, { c: 'matrix changed password', n: PASSWORD });
      return res;
    },
    expect: signedIn(),
  },
  {
    operation: 'Mutation.updateMyProfile',
    // Only ever the caller's own profile: saved with what it already holds, so nothing else moves.
    async run({ client }) {
      const me = (await client.request(`{ me { name phone participant { city } } }`)).data?.me;
      return client.request(`mutation U($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id name } }`, {
        input: { name: me?.name ?? 'Anonymous', phone: me?.phone ?? null, city: me?.participant?.city ?? null },
      });
    },
    expect: signedIn(),
  },
];
