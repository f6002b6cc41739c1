import { registerEnumType } from 'type-graphql';

/** What kind of software followed a link, from its user-agent. Bots are stored but never counted. */
export enum ClickAgentClass {
  BROWSER = 'BROWSER',
  BOT = 'BOT',
  OTHER = 'OTHER',
}

registerEnumType(ClickAgentClass, {
  name: 'ClickAgentClass',
  description: 'What kind of software followed a tracking link, from its user-agent',
  valuesConfig: {
    BROWSER: { description: 'A web browser (desktop or phone): counted' },
    BOT: { description: 'A crawler, link previewer or monitoring robot: stored, never counted' },
    OTHER: { description: 'Anything else with a user-agent (an app, a script): counted' },
  },
});
