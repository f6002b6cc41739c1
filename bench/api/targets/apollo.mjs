// Baseline 3: a minimal Apollo Server 5 on Express 5 with a one-field schema — the floor for any
// GraphQL operation on this stack (what Motiva's GraphQL figures are compared with).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const express = require('express');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@as-integrations/express5');

const apollo = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
  stopOnTerminationSignals: false,
});
await apollo.start();
const app = express();
app.disable('x-powered-by');
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = app.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ ready: true, port: server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
