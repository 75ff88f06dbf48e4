import type { MethodDefinition } from './methodTypes.js';
import { minutes } from './phaseHelpers.js';

export const supervisionCycle: MethodDefinition = {
  id: 'supervision-cycle',
  title: 'Supervision Cycle',
  summary: 'Experience, reflection, analysis and action plans around one case.',
  requiresPresenter: true,
  phases: [
    {
      id: 'experience',
      title: 'Experience',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite the presenter to describe what happened.',
        presenter: 'Describe the experience: what happened, who was involved, what you did.',
        peer: 'Listen to the experience.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'reflection',
      title: 'Reflection',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Open the reflection: thoughts, feelings, reactions.',
        presenter: 'Reflect on your thoughts and feelings at the time.',
        peer: 'Ask reflective questions and offer your reactions.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'analysis',
      title: 'Analysis',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Bring in theory, policy and wider context.',
        presenter: 'Consider what knowledge and frameworks explain the situation.',
        peer: 'Offer theories, frameworks and experience that shed light on it.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'action-plans',
      title: 'Action plans',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Help the presenter arrive at concrete next steps.',
        presenter: 'Decide what you will do next and what support you need.',
        peer: 'Help shape realistic next steps.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
