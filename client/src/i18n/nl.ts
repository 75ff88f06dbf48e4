import type { en, Texts } from './en';
import { nlMethods } from './nlMethods';

/** Dutch as intervisiegroepen speak it: je, not u; inbrenger, voorzitter, deelnemers, casus. */
export const nl: Texts<typeof en> = {
  app: {
    name: 'Intervisie',
    language: 'Taal',
  },
  create: {
    lede: 'Zet een intervisiebijeenkomst klaar. De fasen geven de bijeenkomst vorm: de tijd, wie spreekt en wie luistert.',
    titleLabel: 'Naam van de bijeenkomst',
    titlePlaceholder: 'bijv. Intervisie maart',
    autoAdvance: 'Automatisch naar de volgende fase als de tijd om is',
    groupSize: 'Groepsgrootte (hoogstens)',
    submit: 'Bijeenkomst aanmaken',
    submitting: 'Bezig met aanmaken…',
    failed: 'De bijeenkomst kon niet worden aangemaakt.',
    method: 'Methode',
    minutesShort: 'min',
    phaseMinutes: '{{phase}}, minuten',
    total: 'Totaal: {{minutes}} minuten',
  },
  links: {
    ready: '{{title}} staat klaar',
    readyUntitled: 'Je bijeenkomst staat klaar',
    privacy:
      'Beeld en geluid zijn versleuteld: alleen wie deze links heeft, kan de bijeenkomst zien en horen. Wij niet, en de videodienst ook niet. Stuur elke link helemaal door: het laatste stuk is de sleutel.',
    chairLabel: 'Jouw link als voorzitter',
    chairNote:
      'Houd deze voor jezelf: hiermee leid je de bijeenkomst. Open hem om binnen te komen.',
    inviteLabel: 'Uitnodigingslink voor de groep',
    inviteNote:
      'Stuur deze naar de inbrenger en de deelnemers. Wie inbrengt, kies je als voorzitter in de bijeenkomst.',
    enter: 'Binnenkomen als voorzitter',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    copyLabel: 'Kopiëren: {{label}}',
    roomInviteLabel: 'Uitnodigingslink',
    roomInviteNote: 'Stuur hem naar wie er nog niet is.',
    forGroup: 'Voor de groep',
    forYou: 'Alleen voor jou',
    untitled: 'onze intervisiebijeenkomst',
    invitationLabel: 'Uitnodiging, klaar om te versturen',
    invitation:
      'Je bent uitgenodigd voor “{{title}}”, een intervisiebijeenkomst.\n\nDoe mee via deze link, in een recente versie van Chrome, Edge, Firefox of Safari: {{url}}\n\nHoud de link binnen de groep en stuur hem helemaal door: het laatste stuk houdt ons beeld en geluid privé. Er wordt niets opgenomen.',
    lostTitle: 'Deze links staan niet in deze browser',
    lost: 'De links van een bijeenkomst worden alleen bewaard in de browser waarmee je hem aanmaakte. Open ze vanuit het bericht of de e-mail die je jezelf stuurde, of maak een nieuwe bijeenkomst aan.',
    home: 'Bijeenkomst aanmaken',
  },
  join: {
    title: 'Deelnemen aan de bijeenkomst',
    joiningAsChair: 'Je neemt deel aan <session/> als voorzitter',
    joiningAsPeer: 'Je neemt deel aan <session/> als deelnemer',
    name: 'Je naam, zoals de groep hem ziet',
    agreementTitle: 'Vertrouwelijkheid',
    agreement:
      'De casussen hier zijn echt en vertrouwelijk. Er wordt niets opgenomen of uitgeschreven. Wat in deze groep gezegd wordt, blijft in deze groep.',
    accept:
      'Ik houd vertrouwelijk wat er gedeeld wordt: geen opnames, geen schermafbeeldingen, geen namen buiten de groep.',
    submit: 'Naar binnen',
    submitting: 'Bezig met binnenkomen…',
  },
  device: {
    legend: 'Camera en microfoon',
    preview: 'Voorbeeld van je camera',
    starting: 'Camera wordt gestart…',
    off: 'Camera uit',
    failed: 'Geen camerabeeld: de browser gaf geen toegang tot de camera',
    micOnEnter: 'Microfoon aan als ik binnenkom',
    camOnEnter: 'Camera aan als ik binnenkom',
    camera: 'Camera',
    microphone: 'Microfoon',
    noDevices: 'Geen apparaat gevonden',
    deviceFallback: 'Apparaat {{number}}',
  },
  problem: {
    session_full: {
      title: 'Deze groep is vol',
      message:
        'De groep heeft al zoveel deelnemers als de voorzitter toestaat. Vraag de voorzitter of er plek gemaakt kan worden.',
    },
    session_ended: {
      title: 'Deze bijeenkomst is afgelopen',
      message:
        'De voorzitter heeft deze bijeenkomst gesloten. Had je vandaag een afspraak? Vraag de voorzitter om een nieuwe link.',
    },
    not_found: {
      title: 'Deze bijeenkomst bestaat niet',
      message:
        'De voorzitter heeft de bijeenkomst verwijderd, of de link klopt niet. Vraag de voorzitter om een nieuwe link.',
    },
    deleted: {
      title: 'Deze bijeenkomst is verwijderd',
      message: 'De voorzitter heeft deze bijeenkomst verwijderd, met alles wat erover bewaard was.',
    },
    removed: {
      title: 'Je bent niet meer in deze bijeenkomst',
      message:
        'De voorzitter heeft je uit deze bijeenkomst gehaald. Denk je dat dit een vergissing is? Neem contact op met de voorzitter.',
    },
    expired: {
      title: 'Deze bijeenkomst is gesloten',
      message:
        'Hij is niet op tijd gestart, of hij is al een tijd geleden afgelopen, dus alles wat erover bewaard was is verwijderd. Vraag de voorzitter om een nieuwe link als jullie nog bijeenkomen.',
    },
    unauthorized: {
      title: 'Deze link werkt niet',
      message:
        'De link hoort niet bij deze bijeenkomst. Kijk of je hem helemaal hebt gekopieerd, ook het stuk na “#”.',
    },
    bad_link: {
      title: 'Deze link is niet compleet',
      message:
        'Het stuk van de link na “#” ontbreekt. Kopieer de hele link opnieuw, of vraag de voorzitter hem nog eens te sturen.',
    },
    no_media_key: {
      title: 'Deze link is niet compleet',
      message:
        'Het einde van de link ontbreekt: het stuk dat je beeld en geluid binnen de groep houdt. Vraag de voorzitter om de volledige link en open hem precies zoals je hem kreeg.',
    },
    e2ee_unsupported: {
      title: 'Met deze browser kun je niet veilig deelnemen',
      message:
        'Beeld en geluid zijn in deze bijeenkomst versleuteld, zodat alleen de groep ze ziet en hoort, en deze browser kan dat niet. Open de link in een recente versie van Chrome, Edge, Firefox of Safari.',
    },
    camera_denied: {
      title: 'Camera of microfoon geblokkeerd',
      message:
        'Je browser gaf geen toegang tot de camera of microfoon. Je kunt toch deelnemen en luisteren. Wil je gezien en gehoord worden? Geef toegang in de adresbalk (het camera- of slotje-icoon) en laad de pagina opnieuw.',
    },
    network: {
      title: 'Geen verbinding',
      message:
        'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    },
    media_unavailable: {
      title: 'Beeld is niet beschikbaar',
      message:
        'Beeld en geluid zijn nu niet bereikbaar. De bijeenkomst loopt gewoon door; we blijven verbinding zoeken.',
    },
    bad_request: {
      title: 'Kijk je naam even na',
      message: 'Vul een naam in van hoogstens {{max}} tekens.',
    },
    rate_limited: {
      title: 'Te veel pogingen tegelijk',
      message: 'Wacht even en probeer het dan opnieuw.',
    },
    fallback: {
      title: 'Er ging iets mis',
      message: 'Probeer het zo nog eens.',
    },
  },
  command: {
    presenter_required: 'Kies eerst een inbrenger.',
    invalid_transition: 'Dat kan nu niet in de bijeenkomst.',
    forbidden: 'Alleen de voorzitter kan dat doen.',
    session_ended: 'De bijeenkomst is afgelopen.',
    bad_request: 'Dat werd niet geaccepteerd.',
    not_found: 'Die persoon is niet meer in de bijeenkomst.',
    rate_limited: 'Dat was veel tegelijk; wacht even en probeer het opnieuw.',
    fallback: 'Er ging iets mis; probeer het nog eens.',
  },
  room: {
    heading: 'Intervisiebijeenkomst: {{title}}',
    connecting: 'Verbinden met de bijeenkomst…',
    startAudio: 'Klik om de groep te horen',
    side: 'Bediening en deelnemers',
    reconnecting:
      'Verbinding weg — opnieuw verbinden… De bijeenkomst gaat door; je komt terug in dezelfde fase.',
    mediaReconnecting: 'Beeldverbinding onderbroken — opnieuw verbinden…',
    undecryptable:
      'We kunnen het beeld van {{name}} niet tonen: je link is misschien verouderd. Vraag de voorzitter nog eens om de link.',
  },
  roles: {
    chair: 'Voorzitter',
    presenter: 'Inbrenger',
    peer: 'Deelnemer',
  },
  youAre: {
    chair: 'Je bent de voorzitter',
    presenter: 'Je bent de inbrenger',
    peer: 'Je bent deelnemer',
  },
  phase: {
    region: 'Fase',
    step: 'Fase {{number}} van {{total}}',
    endsAt: 'tot {{time}}',
    progress: 'Fasen',
    minutes: '{{minutes}} min',
    ended: 'Bijeenkomst afgelopen',
    endedGuidance: 'Dank je wel voor je deelname.',
    waiting: 'Wachten op de start',
    lobby: {
      chair: 'Is iedereen er? Kies de inbrenger en start de bijeenkomst.',
      presenter: 'De voorzitter start zo. Hieronder kun je alvast je vraag voor de groep delen.',
      peer: 'De voorzitter start de bijeenkomst zodra iedereen er is.',
    },
    timeLeft: 'Resterende tijd in deze fase',
    paused: 'Gepauzeerd',
    warning: 'Nog minder dan een minuut',
    over: 'De tijd is om',
    oneMinute: 'Nog één minuut in deze fase.',
    announce: '{{title}}. {{guidance}}',
  },
  chair: {
    region: 'Bediening voor de voorzitter',
    heading: 'Voorzitter',
    start: 'Bijeenkomst starten',
    previous: '◀ Vorige fase',
    next: 'Volgende fase ▶',
    pause: 'Pauzeren',
    resume: 'Verder',
    extend1: '+1 minuut',
    extend5: '+5 minuten',
    end: 'Bijeenkomst beëindigen…',
    needsPresenter: 'Kies een inbrenger om te starten.',
    keys: 'Toetsen:',
    shortcuts: 'Sneltoetsen met één toets',
    keyStart: 'starten',
    keyNext: 'volgende',
    keyBack: 'terug',
    keyPause: 'pauze/verder',
    keyExtend: 'minuten erbij',
    endConfirm: 'De bijeenkomst voor iedereen beëindigen? Dit kun je niet terugdraaien.',
    endYes: 'Ja, beëindigen',
    endNo: 'Doorgaan',
  },
  presenter: {
    label: 'Inbrenger',
    waiting: 'Wachten tot er deelnemers binnenkomen…',
    choose: 'Kies de inbrenger',
    offline: '{{name}} (offline)',
    confirm:
      '{{name}} nu inbrenger maken? Microfoon en camera volgen vanaf nu de rol van inbrenger.',
    confirmYes: 'Ja, inbrenger wisselen',
    confirmNo: 'Huidige inbrenger houden',
  },
  hands: {
    region: 'Opgestoken handen',
    heading: 'Handen',
    raise: 'Hand opsteken',
    lower: 'Hand laten zakken',
    queue: 'Volgorde van de handen, eerste eerst',
    you: '{{name}} (jij)',
    someone: 'Iemand',
    lowerOther: 'Laten zakken',
    lowerOtherLabel: 'Hand van {{name}} laten zakken',
    none: 'Geen handen opgestoken.',
    count_one: '1 hand: {{names}}',
    count_other: '{{count}} handen: {{names}}',
    clearAll: 'Alle handen laten zakken',
    badge: 'Hand opgestoken, nummer {{position}}',
  },
  people: {
    region: 'Deelnemers',
    heading: 'Aanwezig ({{connected}}/{{max}})',
    you: '{{name}} (jij)',
    offline: 'offline',
    noVideo: 'nog geen beeld',
    inCall: 'in het gesprek',
    remove: 'Verwijderen',
    removeLabel: '{{name}} verwijderen',
    removeConfirm: '{{name}} uit deze bijeenkomst verwijderen?',
    removeDetail:
      'Diegene verlaat het gesprek meteen. Wie de uitnodigingslink heeft, kan opnieuw deelnemen.',
    removeYes: 'Ja, verwijderen',
    removeNo: 'Laten blijven',
  },
  media: {
    region: 'Je microfoon en camera',
    micOn: 'Microfoon aan',
    micOff: 'Microfoon uit',
    camOn: 'Camera aan',
    camOff: 'Camera uit',
    pending: 'Beeld wordt verbonden…',
    unavailable:
      'Beeld is nu niet beschikbaar; de bijeenkomst loopt door. We proberen het opnieuw…',
    disabled: 'Op deze server is geen beeld ingesteld; de bijeenkomst loopt zonder.',
    deviceFailed:
      'Je browser gaf geen toegang tot de microfoon of camera. Geef toegang in de adresbalk (het camera- of slotje-icoon) en probeer het opnieuw.',
    waitingForServer: 'Gaat weer aan zodra de server het toestaat…',
    listenPresenter: 'Je luistert: de groep reflecteert op je casus zonder dat je meepraat.',
    listenOther: 'In deze fase luister je.',
  },
  question: {
    label: 'Je vraag aan de groep',
    placeholder: 'Eén concrete vraag waarop je de groep wilt laten reflecteren',
    submit: 'Vraag delen',
    shared: 'Gedeeld met de groep.',
    pinRegion: 'De vraag van de inbrenger',
    pinLabel: 'De inbrengvraag',
  },
  listening: {
    region: 'Je luistert',
    heading: 'Jij luistert nu',
    off: 'Je microfoon en camera staan uit. Je ziet en hoort de groep wel.',
    notes: 'Eigen aantekeningen',
    notesPlaceholder: 'Wat valt je op? Waar wil je op terugkomen?',
    notesPrivacy:
      'Alleen bewaard in deze browser. Nooit naar iemand gestuurd, ook niet naar de server.',
  },
  notes: {
    heading: 'Je eigen aantekeningen',
    where: 'Alleen in deze browser. Kopieer wat je wilt bewaren en verwijder ze daarna.',
    delete: 'Mijn aantekeningen verwijderen',
    deleted: 'Je aantekeningen zijn uit deze browser verwijderd.',
  },
  back: {
    title: 'Je bent er weer — de groep hoort je.',
    text: 'Vertel wat je raakte en wat je verder wilt onderzoeken.',
    ok: 'OK',
    returning: 'Je microfoon gaat aan…',
    returningHint: 'Even geduld: de groep hoort je nog niet.',
    micOff: 'Je kunt weer spreken.',
    micOffHint: 'Je microfoon staat uit: zet hem aan wanneer je de groep wilt antwoorden.',
  },
  comingBack: {
    coming: '{{name}} komt terug…',
    back: '{{name}} is er weer.',
  },
  loadFailure: {
    title: 'De sessie kon niet laden',
    hint: 'Misschien viel de verbinding weg. Laad de pagina opnieuw om het nog eens te proberen.',
    reload: 'Opnieuw laden',
  },
  tile: {
    micOn_camOn: '{{name}}: microfoon aan, camera aan',
    micOn_camOff: '{{name}}: microfoon aan, camera uit',
    micOff_camOn: '{{name}}: microfoon uit, camera aan',
    micOff_camOff: '{{name}}: microfoon uit, camera uit',
  },
  stage: {
    video: 'Beeld',
    focus: 'Beeld, inbrenger groot',
    presenter: 'Inbrenger',
    presenterListening: 'Inbrenger · luistert',
  },
  ended: {
    region: 'Bijeenkomst afgelopen',
    heading: 'De bijeenkomst is afgelopen',
    thanks: 'Dank je wel voor je deelname. Je kunt dit tabblad sluiten.',
    delete: 'Gegevens van de bijeenkomst verwijderen…',
    deleteConfirm:
      'Deze bijeenkomst verwijderen, met alles wat erover bewaard is? De links werken dan niet meer.',
    deleteYes: 'Ja, verwijderen',
    deleteNo: 'Bewaren',
    deleteFailed: 'De bijeenkomst kon niet worden verwijderd.',
  },
  methods: nlMethods,
};
