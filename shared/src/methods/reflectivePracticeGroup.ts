import type { MethodDefinition } from './methodTypes.js';
import { minutes } from './phaseHelpers.js';

export const reflectivePracticeGroup: MethodDefinition = {
  id: 'reflective-practice-group',
  title: 'Reflective practice group',
  summary: 'Check-in, sharing, reflection, systemic themes and check-out for the whole group.',
  requiresPresenter: false,
  phases: [
    {
      id: 'check-in',
      title: 'Check-in',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite everyone to say briefly how they arrive.',
        presenter: 'Say briefly how you arrive today.',
        peer: 'Say briefly how you arrive today.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'sharing',
      title: 'Sharing',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Invite members to share situations from their practice.',
        presenter: 'Share a situation from your practice.',
        peer: 'Share a situation or listen to others.',
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
        chair: 'Guide reflection on what was shared.',
        presenter: 'Reflect together on what was shared.',
        peer: 'Reflect together on what was shared.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'systemic-themes',
      title: 'Systemic themes',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Name patterns across the situations and the organisation.',
        presenter: 'Look for patterns beyond the individual case.',
        peer: 'Look for patterns beyond the individual case.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'check-out',
      title: 'Check-out',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite everyone to say what they take away.',
        presenter: 'Say what you take away.',
        peer: 'Say what you take away.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
