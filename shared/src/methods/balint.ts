import type { MethodDefinition } from './methodTypes.js';
import { minutes, presenterListens } from './phaseHelpers.js';

export const balint: MethodDefinition = {
  id: 'balint',
  title: 'Balint group',
  summary:
    'A presenter tells a case from memory; the group explores the relationship while the presenter sits back and listens.',
  requiresPresenter: true,
  phases: [
    {
      id: 'case',
      title: 'Case',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite the presenter to tell the case freely, without notes.',
        presenter: 'Tell the case as you remember it, including what it stirs in you.',
        peer: 'Listen to the case and notice your own reactions.',
      },
      media: {},
      showQuestion: false,
      stage: 'presenter',
    },
    {
      id: 'questions',
      title: 'Factual questions',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Keep questions brief and factual.',
        presenter: 'Answer briefly; no need to defend your choices.',
        peer: 'Ask only factual questions needed to picture the situation.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
    {
      id: 'group-exploration',
      title: 'Group exploration',
      defaultSeconds: minutes(25),
      guidance: {
        chair: 'Help the group explore the relationship, feelings and fantasies around the case.',
        presenter: 'Sit back and listen. Your microphone and camera are off.',
        peer: 'Explore the relationship and the feelings the case evokes in you.',
      },
      media: presenterListens,
      showQuestion: true,
      stage: 'circle',
    },
    {
      id: 'presenter-returns',
      title: 'Presenter returns',
      defaultSeconds: minutes(10),
      guidance: {
        chair: 'Invite the presenter back into the group.',
        presenter: 'You are back. Share what you heard and what moved.',
        peer: 'Listen to the presenter, then continue together.',
      },
      media: {},
      showQuestion: true,
      stage: 'presenter',
    },
    {
      id: 'closing',
      title: 'Closing',
      defaultSeconds: minutes(5),
      guidance: {
        chair: 'Close the case and the session.',
        presenter: 'A last word on what you take with you.',
        peer: 'A last word, if you wish.',
      },
      media: {},
      showQuestion: false,
      stage: 'grid',
    },
  ],
};
