import type { MethodDefinition } from './methodTypes.js';
import { minutes, presenterListens } from './phaseHelpers.js';

export const intervision: MethodDefinition = {
  id: 'intervision',
  title: 'Intervision',
  summary:
    'A presenter brings a work dilemma and a question; the group reflects while the presenter listens, then responds.',
  requiresPresenter: true,
  phases: [
    {
      id: 'presentation',
      title: 'Presentation',
      defaultSeconds: minutes(10),
      guidance: {
        chair:
          'Hold the frame while the presenter describes the dilemma. Make sure a question lands.',
        presenter: 'Describe your dilemma and end with one specific question for the group.',
        peer: 'Listen. Hold your reflections for now; clarifying questions at the end are fine.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'muted-reflection',
      title: 'Muted reflection',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Invite each peer to reflect. Curiosity and different lenses; no right answer.',
        presenter: 'Listen only. Your microphone and camera are off; note what strikes you.',
        peer: 'Reflect aloud on the dilemma and the question. Speak about the case, not to the presenter.',
      },
      media: presenterListens,
      showQuestion: true,
      stage: 'circle',
    },
    {
      id: 'presenter-response',
      title: 'Presenter response',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Invite the presenter back. Keep the group listening.',
        presenter: 'You are back. Say what resonated and what you want to explore further.',
        peer: 'Listen to what resonated for the presenter.',
      },
      media: {},
      showQuestion: true,
      stage: 'presenter',
    },
    {
      id: 'second-round',
      title: 'Second round',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Open a second round of reflections, building on the response.',
        presenter: 'Listen and join in where invited.',
        peer: 'Reflect again, building on what the presenter said.',
      },
      media: {},
      showQuestion: true,
      stage: 'grid',
    },
    {
      id: 'closing',
      title: 'Closing',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Ask each person what they take away. Close the frame.',
        presenter: 'Say what you take away from the session.',
        peer: 'Say in a sentence what you take away.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
