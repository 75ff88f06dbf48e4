import type { PhaseMediaPolicy } from './mediaPolicy.js';
import type { Role } from './roles.js';

/** One step of a method. Durations are seconds; the UI shows minutes. */
export interface PhaseDefinition {
  /** Stable id, unique within the method; the key for per-session duration overrides. */
  id: string;
  title: string;
  defaultSeconds: number;
  /** What each role is asked to do during this phase, shown to that role only. */
  guidance: Record<Role, string>;
  /** Who listens (mic and camera off) in this phase; the server enforces it in the SFU. */
  media: PhaseMediaPolicy;
  /** Pin the presenter's question for everyone during this phase. */
  showQuestion: boolean;
}

/** A protocol a group can run. Adding a method is adding one of these, not code. */
export interface MethodDefinition {
  id: string;
  title: string;
  summary: string;
  /** The chair must choose a presenter before starting. */
  requiresPresenter: boolean;
  phases: readonly PhaseDefinition[];
}

const minutes = (n: number): number => n * 60;
const presenterListens: PhaseMediaPolicy = { presenter: 'listen' };

const intervision: MethodDefinition = {
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
        chair: 'Hold the frame while the presenter describes the dilemma. Make sure a question lands.',
        presenter: 'Describe your dilemma and end with one specific question for the group.',
        peer: 'Listen. Hold your reflections for now; clarifying questions at the end are fine.',
      },
      media: {},
      showQuestion: false,
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
    },
  ],
};

const balint: MethodDefinition = {
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
    },
  ],
};

const supervisionCycle: MethodDefinition = {
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
    },
  ],
};

const reflectivePracticeGroup: MethodDefinition = {
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
    },
  ],
};

const oneToOne: MethodDefinition = {
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
    },
  ],
};

const incidentMethod: MethodDefinition = {
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
    },
    {
      id: 'decisions',
      title: 'Decisions',
      defaultSeconds: minutes(15),
      guidance: {
        chair: 'Invite each peer to say what they would decide and why.',
        presenter: 'Listen to the decisions the group would make. Your microphone and camera are off.',
        peer: 'Say what you would decide, and why.',
      },
      media: presenterListens,
      showQuestion: true,
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
    },
  ],
};

/** Every method the product offers, in the order the create screen lists them. */
export const METHODS: readonly MethodDefinition[] = [
  intervision,
  balint,
  supervisionCycle,
  reflectivePracticeGroup,
  oneToOne,
  incidentMethod,
];

/** The method with this id, or undefined. */
export function findMethod(id: string): MethodDefinition | undefined {
  return METHODS.find((m) => m.id === id);
}
