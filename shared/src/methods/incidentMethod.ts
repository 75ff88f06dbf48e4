import type { MethodDefinition } from './methodTypes.js';
import { minutes, presenterListens } from './phaseHelpers.js';

export const incidentMethod: MethodDefinition = {
  id: 'incident-method',
  title: 'Incident method',
  summary:
    'A presenter describes a short incident; the group gathers facts, then proposes decisions while the presenter listens.',
  requiresPresenter: true,
  phases: [
    {
      id: 'incident',
      title: 'Incident',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Invite the presenter to describe the incident up to the moment of decision.',
        presenter: 'Describe the incident briefly, stopping where a decision had to be made.',
        peer: 'Listen to the incident.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'fact-finding',
      title: 'Fact-finding',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Keep questions to facts.',
        presenter: 'Answer factual questions.',
        peer: 'Ask questions to gather the facts.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'decisions',
      title: 'Decisions',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Invite each peer to say what they would decide and why.',
        presenter:
          'Listen to the decisions the group would make. Your microphone and camera are off.',
        peer: 'Say what you would decide, and why.',
      },
      media: presenterListens,
      showQuestion: true,
      stage: 'circle',
    },
    {
      id: 'presenter-response',
      title: 'What happened',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite the presenter to tell what really happened.',
        presenter: 'You are back. Tell what you decided and what happened.',
        peer: 'Listen and compare with your own decision.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'lessons',
      title: 'Lessons',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Draw out general lessons.',
        presenter: 'Name what you learn from the group.',
        peer: 'Name general lessons.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
