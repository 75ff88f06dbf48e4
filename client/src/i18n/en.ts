import { METHODS } from '@intervision/shared';
import { methodResources } from './methodResources';

/**
 * The English texts: the source of every key. The Dutch resources must have the same shape (the
 * compiler checks it) and the same interpolation variables (a client test checks it).
 */
export const en = {
  app: {
    name: 'Intervision',
    language: 'Language',
  },
  create: {
    lede: 'Set up a supervision session. The phases run the room: timing, who speaks and who listens.',
    titleLabel: 'Session title',
    titlePlaceholder: 'e.g. March intervision',
    autoAdvance: 'Move to the next phase automatically when time is up',
    groupSize: 'Group size (at most)',
    submit: 'Create session',
    submitting: 'Creating…',
    failed: 'The session could not be created.',
    method: 'Method',
    minutesShort: 'min',
    phaseMinutes: '{{phase}}, minutes',
    total: 'Total: {{minutes}} minutes',
    groupInstead: 'Meeting with the same people again and again?',
    newGroup: 'New group',
  },
  links: {
    ready: '{{title}} is ready',
    readyUntitled: 'Your session is ready',
    privacy:
      'Video and sound are encrypted so that only people with these links can see and hear the session, not us and not the video service. Send each link whole: the end of it is the key.',
    chairLabel: 'Your chair link',
    chairNote: 'Keep this one to yourself: it lets you run the session. Open it to enter.',
    inviteLabel: 'Invite link for the group',
    inviteNote:
      'Send this to the presenter and the peers. The chair chooses the presenter inside the session.',
    enter: 'Enter as chair',
    copy: 'Copy',
    copied: 'Copied',
    copyLabel: 'Copy: {{label}}',
    roomInviteLabel: 'Invite link',
    roomInviteNote: 'Send to anyone still missing.',
    forGroup: 'For the group',
    forYou: 'For you only',
    untitled: 'our intervision session',
    invitationLabel: 'Invitation, ready to send',
    invitation:
      'You are invited to “{{title}}”, an intervision session.\n\nJoin with this link, in an up-to-date Chrome, Edge, Firefox or Safari: {{url}}\n\nPlease keep the link within the group and send it on whole: the end of it keeps our video and sound private. Nothing is recorded.',
    lostTitle: 'These links are not in this browser',
    lost: 'The links of a session are kept only in the browser that created it. Open them from the message or e-mail you sent yourself, or create a new session.',
    home: 'Create a session',
  },
  join: {
    title: 'Join the session',
    joiningAsChair: 'You are joining <session/> as the chair',
    joiningAsPeer: 'You are joining <session/> as a participant',
    name: 'Your name, as the group will see it',
    agreementTitle: 'Confidentiality',
    agreement:
      'Cases discussed here are real and confidential. Nothing is recorded or transcribed. What is said in this group stays in this group.',
    accept:
      'I will keep what is shared confidential: no recordings, no screenshots, no names outside the group.',
    submit: 'Enter the session',
    submitting: 'Joining…',
  },
  device: {
    legend: 'Camera and microphone',
    preview: 'Your camera preview',
    starting: 'Starting camera…',
    off: 'Camera off',
    failed: 'No camera picture: the browser did not allow the camera',
    micOnEnter: 'Microphone on when I enter',
    camOnEnter: 'Camera on when I enter',
    camera: 'Camera',
    microphone: 'Microphone',
    noDevices: 'No device found',
    deviceFallback: 'Device {{number}}',
  },
  problem: {
    session_full: {
      title: 'This group is full',
      message:
        'The group already has as many members as the chair allowed. Ask the chair whether someone can make room.',
    },
    session_ended: {
      title: 'This session has ended',
      message:
        'The chair has closed this session. If you expected to meet today, ask the chair for a new link.',
    },
    not_found: {
      title: 'This session does not exist',
      message:
        'The session was deleted by the chair, or the link is wrong. Ask the chair for a new link.',
    },
    deleted: {
      title: 'This session was deleted',
      message: 'The chair deleted this session and everything stored about it.',
    },
    removed: {
      title: 'You are no longer in this session',
      message:
        'The chair has removed you from this session. If you think this was a mistake, contact the chair.',
    },
    expired: {
      title: 'This session has closed',
      message:
        'It was not started within the time allowed, or it ended a while ago, so everything stored about it was deleted. Ask the chair for a new link if you still meet.',
    },
    unauthorized: {
      title: 'This link does not work',
      message:
        'The link is not valid for this session. Check you copied all of it, including the part after “#”.',
    },
    bad_link: {
      title: 'This link is incomplete',
      message:
        'The part of the link after “#” is missing. Copy the whole link again, or ask the chair to resend it.',
    },
    no_media_key: {
      title: 'This link is incomplete',
      message:
        'The end of the link is missing: the part that keeps your video and sound private to the group. Ask the chair for the full link and open it exactly as you received it.',
    },
    e2ee_unsupported: {
      title: 'This browser cannot join privately',
      message:
        'Video and sound in this session are encrypted so that only the group can see and hear them, and this browser cannot do that. Open the link in an up-to-date Chrome, Edge, Firefox or Safari.',
    },
    camera_denied: {
      title: 'Camera or microphone blocked',
      message:
        'Your browser did not allow the camera or microphone. You can still join and listen. To be seen and heard, allow access in the address bar (the camera or padlock icon) and reload.',
    },
    network: {
      title: 'No connection',
      message: 'The server cannot be reached. Check your internet connection and try again.',
    },
    media_unavailable: {
      title: 'Video is unavailable',
      message:
        'Video and sound cannot be reached right now. The session still runs; we keep trying to connect.',
    },
    bad_request: {
      title: 'Please check your name',
      message: 'Enter a name of up to {{max}} characters.',
    },
    rate_limited: {
      title: 'Too many tries at once',
      message: 'Wait a moment, then try again.',
    },
    fallback: {
      title: 'Something went wrong',
      message: 'Please try again in a moment.',
    },
  },
  command: {
    presenter_required: 'Choose a presenter first.',
    invalid_transition: 'That is not possible at this point of the session.',
    forbidden: 'Only the chair can do that.',
    session_ended: 'The session has ended.',
    bad_request: 'That was not accepted.',
    not_found: 'That person is no longer in the session.',
    rate_limited: 'That was a lot at once; wait a moment and try again.',
    fallback: 'Something went wrong; please try again.',
  },
  room: {
    heading: 'Intervision session: {{title}}',
    connecting: 'Connecting to the session…',
    startAudio: 'Click to hear the group',
    side: 'Controls and people',
    reconnecting:
      'Connection lost — reconnecting… The session carries on; you will be back in the same phase.',
    mediaReconnecting: 'Video connection interrupted — reconnecting…',
    undecryptable:
      'We can’t show {{name}}’s video: your link may be out of date. Ask the chair for the link again.',
  },
  roles: {
    chair: 'Chair',
    presenter: 'Presenter',
    peer: 'Peer',
  },
  youAre: {
    chair: 'You are the chair',
    presenter: 'You are the presenter',
    peer: 'You are a peer',
  },
  phase: {
    region: 'Phase',
    step: 'Phase {{number}} of {{total}}',
    endsAt: 'until {{time}}',
    progress: 'Phases',
    minutes: '{{minutes}} min',
    ended: 'Session ended',
    endedGuidance: 'Thank you for taking part.',
    waiting: 'Waiting to start',
    lobby: {
      chair: 'When everyone is here, choose the presenter and start the session.',
      presenter: 'The chair will start soon. You can share your question for the group below.',
      peer: 'The chair will start the session when everyone is here.',
    },
    timeLeft: 'Time left in this phase',
    paused: 'Paused',
    warning: 'Less than a minute left',
    over: 'Time is up',
    oneMinute: 'One minute left in this phase.',
    announce: '{{title}}. {{guidance}}',
  },
  chair: {
    region: 'Chair console',
    heading: 'Chair',
    start: 'Start session',
    previous: '◀ Previous phase',
    next: 'Next phase ▶',
    pause: 'Pause',
    resume: 'Resume',
    extend1: '+1 minute',
    extend5: '+5 minutes',
    end: 'End session…',
    needsPresenter: 'Choose a presenter to start.',
    keys: 'Keys:',
    shortcuts: 'Single-key shortcuts',
    keyStart: 'start',
    keyNext: 'next',
    keyBack: 'back',
    keyPause: 'pause/resume',
    keyExtend: 'add minutes',
    endConfirm: 'End the session for everyone? This cannot be undone.',
    endYes: 'Yes, end the session',
    endNo: 'Keep going',
  },
  presenter: {
    label: 'Presenter',
    waiting: 'Waiting for people to join…',
    choose: 'Choose the presenter',
    offline: '{{name}} (offline)',
    confirm:
      'Make {{name}} the presenter now? Their microphone and camera follow the presenter’s part from this moment.',
    confirmYes: 'Yes, change the presenter',
    confirmNo: 'Keep the current presenter',
  },
  hands: {
    region: 'Raised hands',
    heading: 'Hands',
    raise: 'Raise hand',
    lower: 'Lower my hand',
    queue: 'Hand queue, first raised first',
    you: '{{name}} (you)',
    someone: 'Someone',
    lowerOther: 'Lower',
    lowerOtherLabel: 'Lower {{name}}’s hand',
    none: 'No hands raised.',
    count_one: '1 hand: {{names}}',
    count_other: '{{count}} hands: {{names}}',
    clearAll: 'Lower all hands',
    badge: 'Hand raised, number {{position}}',
  },
  people: {
    region: 'Participants',
    heading: 'People ({{connected}}/{{max}})',
    you: '{{name}} (you)',
    offline: 'offline',
    noVideo: 'no video yet',
    inCall: 'in the call',
    remove: 'Remove',
    removeLabel: 'Remove {{name}}',
    removeConfirm: 'Remove {{name}} from this session?',
    removeDetail: 'They leave the call at once. Anyone with the invite link can join again.',
    removeYes: 'Yes, remove',
    removeNo: 'Keep them',
  },
  media: {
    region: 'Your microphone and camera',
    micOn: 'Microphone on',
    micOff: 'Microphone off',
    camOn: 'Camera on',
    camOff: 'Camera off',
    pending: 'Connecting video…',
    unavailable: 'Video is unavailable right now; the session still runs. Retrying…',
    disabled: 'Video is not set up on this server; the session runs without it.',
    deviceFailed:
      'Your browser did not allow the microphone or camera. Allow it in the address bar (the camera or padlock icon), then try again.',
    waitingForServer: 'Coming back on as soon as the media server allows it…',
    listenPresenter: 'You are listening: the group reflects on your case without you joining in.',
    listenOther: 'This phase asks you to listen.',
  },
  question: {
    label: 'Your question for the group',
    placeholder: 'One specific question you want the group to reflect on',
    submit: 'Share question',
    shared: 'Shared with the group.',
    pinRegion: 'The presenter’s question',
    pinLabel: 'The question',
  },
  listening: {
    region: 'You are listening',
    heading: 'Your turn to listen',
    off: 'Your microphone and camera are off. You still see and hear the group.',
    notes: 'Private notes',
    notesPlaceholder: 'What strikes you? What do you want to come back to?',
    notesPrivacy: 'Kept only in this browser. Never sent to anyone, not even the server.',
  },
  notes: {
    heading: 'Your private notes',
    where: 'Only in this browser. Copy what you want to keep, then delete them.',
    delete: 'Delete my notes',
    deleted: 'Your notes are deleted from this browser.',
  },
  back: {
    title: 'You’re back — the group can hear you.',
    text: 'Say what resonated and what you want to explore further.',
    ok: 'OK',
    returning: 'Turning your microphone on…',
    returningHint: 'Wait a moment: the group cannot hear you yet.',
    micOff: 'You can speak again.',
    micOffHint: 'Your microphone is off: turn it on when you want to answer the group.',
  },
  comingBack: {
    coming: '{{name}} is coming back…',
    back: '{{name}} is back.',
  },
  loadFailure: {
    title: 'The session could not load',
    hint: 'The connection may have dropped. Reload the page to try again.',
    reload: 'Reload',
  },
  tile: {
    micOn_camOn: '{{name}}: microphone on, camera on',
    micOn_camOff: '{{name}}: microphone on, camera off',
    micOff_camOn: '{{name}}: microphone off, camera on',
    micOff_camOff: '{{name}}: microphone off, camera off',
  },
  stage: {
    video: 'Video',
    focus: 'Video, presenter in focus',
    presenter: 'Presenter',
    presenterListening: 'Presenter · listening',
  },
  ended: {
    region: 'Session ended',
    heading: 'The session has ended',
    thanks: 'Thank you for taking part. You can close this tab.',
    delete: 'Delete the session’s data…',
    deleteConfirm: 'Delete this session and everything stored about it? The links stop working.',
    deleteYes: 'Yes, delete',
    deleteNo: 'Keep it',
    deleteFailed: 'The session could not be deleted.',
  },
  groups: {
    loading: 'Opening the group…',
    actionFailed: 'That did not work. Check your connection and try again.',
    cancel: 'Cancel',
    zoneNote: 'Times are shown in your time zone ({{own}}). The group plans in {{group}}.',
    create: {
      heading: 'New group',
      lede: 'A group that meets over time: the same members, their own links, a schedule, and cases brought ahead.',
      facilitatorName: 'Your name, as the group will see it',
      titleLabel: 'Name of the group',
      titlePlaceholder: 'e.g. Reflective practice group North',
      maxMembers: 'Members (at most, you not counted)',
      agreementDefault:
        'What is shared in this group stays in this group. We do not record, take screenshots or name people outside it. We listen without judging and speak for ourselves.',
      submit: 'Create group',
      failed: 'The group could not be created.',
    },
    created: {
      title: '{{title}} is ready',
      facilitatorLabel: 'Your facilitator link',
      facilitatorNote:
        'Keep this one to yourself: it opens the group page where you add members and open meetings.',
      open: 'Open the group page',
      enrolNote:
        'Send this to the people who will join. Each enters their name once and gets their own link.',
    },
    schedule: {
      legend: 'When the group meets',
      date: 'First meeting',
      time: 'Time',
      timeZone: 'Time zone',
      timeZoneHint: 'Type part of a city to search, e.g. London or Amsterdam.',
      timeZoneUnknown: 'This time zone is not known. Pick one from the list.',
      repeat: 'Repeats',
      once: 'Once',
      everyWeeks: 'Every few weeks:',
      weeks: 'weeks apart',
      weeksLabel: 'How many weeks between meetings',
      monthly: 'Monthly, on the same weekday',
      monthlyOn: 'Monthly, on the {{ordinal}} {{weekday}}',
      onDates: 'On these dates',
      datesHint: 'Each date at the same time as the first meeting.',
      dateNumber: 'Meeting {{number}}',
      addDate: 'Add a date',
      removeDate: 'Remove',
      length: 'Length of a meeting, in minutes',
      ordinal: {
        '1': 'first',
        '2': 'second',
        '3': 'third',
        '4': 'fourth',
        last: 'last',
      },
    },
    next: {
      scheduled: 'Next meeting: {{day}}, {{time}} — the room opens at {{opens}}.',
      open: 'The room is open for the meeting at {{time}}. Enter when you are ready.',
      running: 'The meeting has started. Enter now.',
      none: 'No meeting is planned yet. Your facilitator will let you know.',
    },
    meeting: {
      enter: 'Enter the meeting',
      openNow: 'Open the next meeting now',
      holdExtra: 'Hold an extra meeting now',
    },
    meetings: {
      title: 'Meetings',
      when: '{{day}}, {{time}}',
      held: 'Held',
      inRoom: 'in the room: {{names}}',
      attended: 'came: {{names}}',
      presented: '{{name}} presented',
      status: {
        scheduled: 'planned',
        open: 'room open',
        running: 'in progress',
        ended: 'held',
      },
    },
    cases: {
      queueTitle: 'Cases and presenter',
      bringTitle: 'Bring a case',
      bringHint:
        'Something from your work you want to think about with the group. The text is deleted when the meeting ends.',
      titleLabel: 'A working title',
      questionLabel: 'Your question for the group',
      questionHint: 'One specific question, e.g. “How can I keep the door open with this family?”',
      bring: 'Bring this case',
      none: 'No cases yet.',
      withdraw: 'Withdraw',
      withdrawLabel: 'Withdraw “{{title}}”',
    },
    presenter: {
      withCase: 'Suggested presenter: {{name}}, with “{{title}}”.',
      rotation: 'Suggested presenter: {{name}} (presented least recently).',
      none: 'No presenter to suggest yet.',
    },
    members: {
      title: 'Members',
      count: '{{count}} of {{max}} members',
      attended_zero: 'not at a meeting yet',
      attended_one: 'came once',
      attended_other: 'came {{count}} times',
      lastPresented: 'last presented on {{date}}',
      addLabel: 'Add a member by name',
      add: 'Add',
      full: 'The group is full. Remove a member or raise the maximum to add someone.',
      remove: 'Remove',
      removeConfirm: 'Remove {{name}} from the group? Their link stops working at once.',
    },
    personal: {
      label: 'Personal link for {{name}}',
      newLink: 'New link',
      newLinkConfirm: 'Make a new link for {{name}}? The old one stops working.',
      yoursLabel: 'Your personal link',
      yoursNote:
        'Keep it: it brings you back to this page and into the meetings as yourself. Do not share it.',
      facilitatorTitle: 'Your link, and the group',
    },
    enrolment: {
      label: 'Enrolment link',
      openNote: 'Anyone with this link can join until you close it or the group is full.',
      closedNote: 'Enrolment is closed: this link does not let anyone join now.',
      elsewhere:
        'The enrolment link is kept in the browser where the group was created. Add members by name here instead.',
      open: 'Open enrolment',
      close: 'Close enrolment',
    },
    agreement: {
      title: 'Group agreement',
      check: 'I agree to keep to this agreement.',
      accept: 'Accept',
      acceptedOn: 'You accepted this on {{date}}.',
      save: 'Save the agreement',
    },
    calendar: {
      title: 'In your calendar',
      download: 'Download the meetings (.ics)',
      subscribeLabel: 'Calendar address',
      subscribeNote:
        'Add this address to your calendar as a subscription and it keeps up with changes. It is yours alone.',
    },
    plan: {
      title: 'Development plan',
      hint: 'Plain text; both of you see it. Markdown is shown as written.',
      save: 'Save the plan',
      updated: 'Last changed on {{date}}.',
      empty: 'No plan written yet.',
      unavailable: 'The plan cannot be shown in this browser. Open it from the group page.',
    },
    delete: {
      button: 'Delete the group…',
      confirm: 'Delete this group and everything in it?',
      detail: 'Members, meetings, cases and the plan are deleted. All links stop working.',
      yes: 'Yes, delete',
    },
    enrol: {
      title: 'Join the group',
      lede: 'Enter your name once. You then get your own link to this group.',
      submit: 'Join the group',
      doneTitle: 'You are in the group',
      keepNote:
        'Keep this link, e.g. in your e-mail or notes: it is how you come back and enter the meetings as yourself.',
      go: 'Go to your group page',
      already: 'This browser already has a place in this group.',
    },
    problem: {
      bad_link: {
        title: 'This link is incomplete',
        message:
          'The part of the link after “#” is missing. Copy the whole link again, or ask your facilitator to resend it.',
      },
      no_media_key: {
        title: 'This link is incomplete',
        message:
          'The end of the link is missing: the part that keeps your video and sound private to the group. Open the link exactly as you received it.',
      },
      unauthorized: {
        title: 'This link does not work (any more)',
        message:
          'Open your personal link again. If it still does not work, ask your facilitator for a new one.',
      },
      not_found: {
        title: 'This group does not exist',
        message: 'The group was deleted, or the link is wrong. Ask your facilitator.',
      },
      enrolment_closed: {
        title: 'Enrolment is closed',
        message:
          'The facilitator is not taking new members through this link right now. Ask them to add you or to open enrolment.',
      },
      group_full: {
        title: 'This group is full',
        message: 'The group already has as many members as it takes. Ask the facilitator.',
      },
      deleted: {
        title: 'The group was deleted',
        message: 'The group and everything stored about it are gone. Its links no longer work.',
      },
      unreachable: {
        title: 'The group cannot be reached',
        message: 'The server did not answer. Check your connection and try again.',
      },
    },
  },
  methods: methodResources(METHODS),
};

/** Every leaf a string, same shape: what another language must provide. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
