import type { MethodDefinition } from './methodTypes.js';
import { minutes } from './phaseHelpers.js';

export const oneToOne: MethodDefinition = {
  id: 'one-to-one',
  title: 'One-to-one reflective development session',
  summary: 'One hour between a supervisor (chair) and a consultant (presenter).',
  requiresPresenter: true,
  phases: [
    {
      id: 'contracting',
      title: 'Contracting',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Agree what the hour is for.',
        presenter: 'Say what you want from this hour.',
        peer: 'Listen.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'exploration',
      title: 'Exploration',
      defaultSeconds: minutes(25),
      guidance: {
        chair: 'Explore the situation with open questions.',
        presenter: 'Explore the situation you brought.',
        peer: 'Listen.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'reflection',
      title: 'Reflection',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Reflect back what you notice.',
        presenter: 'Consider what is becoming clearer.',
        peer: 'Listen.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'next-steps',
      title: 'Next steps',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Help the consultant name next steps.',
        presenter: 'Name what you will try next.',
        peer: 'Listen.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'closing',
      title: 'Closing',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Review the hour and close.',
        presenter: 'Say what you take away.',
        peer: 'Listen.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
