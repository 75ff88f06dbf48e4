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
    groupInstead: 'Kom je steeds met dezelfde mensen bijeen?',
    newGroup: 'Nieuwe groep',
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
  groups: {
    loading: 'De groep wordt geopend…',
    actionFailed: 'Dat lukte niet. Controleer je verbinding en probeer het opnieuw.',
    cancel: 'Annuleren',
    zoneNote: 'Tijden staan in jouw tijdzone ({{own}}). De groep plant in {{group}}.',
    create: {
      heading: 'Nieuwe groep',
      lede: 'Een groep die vaker bijeenkomt: dezelfde deelnemers, ieder een eigen link, een rooster en casussen die je vooraf inbrengt.',
      facilitatorName: 'Je naam, zoals de groep die ziet',
      titleLabel: 'Naam van de groep',
      titlePlaceholder: 'bijv. Intervisiegroep Noord',
      maxMembers: 'Deelnemers (hoogstens, jij niet meegeteld)',
      agreementDefault:
        'Wat in deze groep gedeeld wordt, blijft in deze groep. We nemen niets op, maken geen schermafbeeldingen en noemen niemand daarbuiten. We luisteren zonder te oordelen en spreken voor onszelf.',
      submit: 'Groep aanmaken',
      failed: 'De groep kon niet worden aangemaakt.',
    },
    created: {
      title: '{{title}} staat klaar',
      facilitatorLabel: 'Jouw begeleiderslink',
      facilitatorNote:
        'Houd deze voor jezelf: hij opent de groepspagina waar je deelnemers toevoegt en bijeenkomsten opent.',
      open: 'Open de groepspagina',
      enrolNote:
        'Stuur deze naar wie meedoet. Ieder vult één keer een naam in en krijgt een eigen link.',
    },
    schedule: {
      legend: 'Wanneer de groep bijeenkomt',
      date: 'Eerste bijeenkomst',
      time: 'Tijd',
      timeZone: 'Tijdzone',
      timeZoneHint: 'Typ een deel van een plaatsnaam om te zoeken, bijv. Amsterdam of Brussels.',
      timeZoneUnknown: 'Deze tijdzone is onbekend. Kies er een uit de lijst.',
      repeat: 'Herhaling',
      once: 'Eenmalig',
      everyWeeks: 'Om de paar weken:',
      weeks: 'weken ertussen',
      weeksLabel: 'Hoeveel weken tussen de bijeenkomsten',
      monthly: 'Maandelijks, op dezelfde weekdag',
      monthlyOn: 'Maandelijks, op de {{ordinal}} {{weekday}}',
      onDates: 'Op deze data',
      datesHint: 'Elke datum op dezelfde tijd als de eerste bijeenkomst.',
      dateNumber: 'Bijeenkomst {{number}}',
      addDate: 'Datum toevoegen',
      removeDate: 'Weghalen',
      length: 'Duur van een bijeenkomst, in minuten',
      ordinal: {
        '1': 'eerste',
        '2': 'tweede',
        '3': 'derde',
        '4': 'vierde',
        last: 'laatste',
      },
    },
    next: {
      scheduled: 'Volgende bijeenkomst: {{day}}, {{time}} — de ruimte gaat open om {{opens}}.',
      open: 'De ruimte is open voor de bijeenkomst van {{time}}. Ga naar binnen als je klaar bent.',
      running: 'De bijeenkomst is begonnen. Ga nu naar binnen.',
      none: 'Er is nog geen bijeenkomst gepland. Je begeleider laat het je weten.',
    },
    meeting: {
      enter: 'Naar de bijeenkomst',
      openNow: 'Open de volgende bijeenkomst nu',
      holdExtra: 'Houd nu een extra bijeenkomst',
    },
    meetings: {
      title: 'Bijeenkomsten',
      when: '{{day}}, {{time}}',
      held: 'Gehouden',
      inRoom: 'binnen: {{names}}',
      attended: 'aanwezig: {{names}}',
      presented: '{{name}} was inbrenger',
      status: {
        scheduled: 'gepland',
        open: 'ruimte open',
        running: 'bezig',
        ended: 'gehouden',
      },
    },
    cases: {
      queueTitle: 'Casussen en inbrenger',
      bringTitle: 'Casus inbrengen',
      bringHint:
        'Iets uit je werk waar je met de groep over wilt nadenken. De tekst wordt gewist als de bijeenkomst afgelopen is.',
      titleLabel: 'Een werktitel',
      questionLabel: 'Je inbrengvraag voor de groep',
      questionHint: 'Eén concrete vraag, bijv. “Hoe houd ik het contact met dit gezin open?”',
      bring: 'Deze casus inbrengen',
      none: 'Nog geen casussen.',
      withdraw: 'Terugtrekken',
      withdrawLabel: '“{{title}}” terugtrekken',
    },
    presenter: {
      withCase: 'Voorgestelde inbrenger: {{name}}, met “{{title}}”.',
      rotation: 'Voorgestelde inbrenger: {{name}} (het langst geleden ingebracht).',
      none: 'Nog geen inbrenger voor te stellen.',
    },
    members: {
      title: 'Deelnemers',
      count: '{{count}} van {{max}} deelnemers',
      attended_zero: 'nog bij geen bijeenkomst geweest',
      attended_one: 'één keer aanwezig',
      attended_other: '{{count}} keer aanwezig',
      lastPresented: 'laatst ingebracht op {{date}}',
      addLabel: 'Deelnemer toevoegen met naam',
      add: 'Toevoegen',
      full: 'De groep is vol. Haal een deelnemer weg of verhoog het maximum om iemand toe te voegen.',
      remove: 'Weghalen',
      removeConfirm: '{{name}} uit de groep halen? Die link werkt dan meteen niet meer.',
    },
    personal: {
      label: 'Persoonlijke link voor {{name}}',
      newLink: 'Nieuwe link',
      newLinkConfirm: 'Een nieuwe link maken voor {{name}}? De oude werkt dan niet meer.',
      yoursLabel: 'Jouw persoonlijke link',
      yoursNote:
        'Bewaar hem: hiermee kom je terug op deze pagina en ga je als jezelf naar de bijeenkomsten. Deel hem niet.',
      facilitatorTitle: 'Jouw link, en de groep',
    },
    enrolment: {
      label: 'Aanmeldlink',
      openNote: 'Iedereen met deze link kan zich aanmelden tot je hem sluit of de groep vol is.',
      closedNote: 'Aanmelden is gesloten: met deze link kan nu niemand erbij.',
      elsewhere:
        'De aanmeldlink staat in de browser waarin de groep is aangemaakt. Voeg hier deelnemers toe met hun naam.',
      open: 'Aanmelden openen',
      close: 'Aanmelden sluiten',
    },
    agreement: {
      title: 'Groepsafspraken',
      check: 'Ik houd me aan deze afspraken.',
      accept: 'Akkoord',
      acceptedOn: 'Je ging hiermee akkoord op {{date}}.',
      save: 'Afspraken opslaan',
    },
    calendar: {
      title: 'In je agenda',
      download: 'Bijeenkomsten downloaden (.ics)',
      subscribeLabel: 'Agenda-adres',
      subscribeNote:
        'Voeg dit adres als abonnement toe aan je agenda; wijzigingen komen dan vanzelf mee. Het is alleen voor jou.',
    },
    plan: {
      title: 'Ontwikkelplan',
      hint: 'Gewone tekst; jullie zien het allebei. Markdown blijft staan zoals je het schrijft.',
      save: 'Plan opslaan',
      updated: 'Laatst gewijzigd op {{date}}.',
      empty: 'Er is nog geen plan geschreven.',
      unavailable:
        'Het plan kan in deze browser niet getoond worden. Open het via de groepspagina.',
    },
    delete: {
      button: 'Groep verwijderen…',
      confirm: 'Deze groep verwijderen, met alles erin?',
      detail:
        'Deelnemers, bijeenkomsten, casussen en het plan worden gewist. Alle links werken niet meer.',
      yes: 'Ja, verwijderen',
    },
    enrol: {
      title: 'Aanmelden bij de groep',
      lede: 'Vul één keer je naam in. Je krijgt dan je eigen link naar deze groep.',
      submit: 'Aanmelden',
      doneTitle: 'Je bent aangemeld',
      keepNote:
        'Bewaar deze link, bijv. in je e-mail of notities: hiermee kom je terug en ga je als jezelf naar de bijeenkomsten.',
      go: 'Naar je groepspagina',
      already: 'Deze browser heeft al een plek in deze groep.',
    },
    problem: {
      bad_link: {
        title: 'Deze link is niet compleet',
        message:
          'Het deel van de link na “#” ontbreekt. Kopieer de hele link opnieuw, of vraag je begeleider hem nog eens te sturen.',
      },
      no_media_key: {
        title: 'Deze link is niet compleet',
        message:
          'Het einde van de link ontbreekt: het deel dat beeld en geluid binnen de groep houdt. Open de link precies zoals je hem kreeg.',
      },
      unauthorized: {
        title: 'Deze link werkt niet (meer)',
        message:
          'Open je persoonlijke link opnieuw. Werkt hij nog steeds niet, vraag je begeleider dan om een nieuwe.',
      },
      not_found: {
        title: 'Deze groep bestaat niet',
        message: 'De groep is verwijderd, of de link klopt niet. Vraag het je begeleider.',
      },
      enrolment_closed: {
        title: 'Aanmelden is gesloten',
        message:
          'De begeleider neemt via deze link nu geen nieuwe deelnemers aan. Vraag of je toegevoegd kunt worden of dat aanmelden weer opengaat.',
      },
      group_full: {
        title: 'Deze groep is vol',
        message: 'De groep heeft al zoveel deelnemers als erin passen. Vraag het de begeleider.',
      },
      deleted: {
        title: 'De groep is verwijderd',
        message: 'De groep en alles wat erover bewaard werd zijn weg. De links werken niet meer.',
      },
      unreachable: {
        title: 'De groep is niet bereikbaar',
        message: 'De server antwoordde niet. Controleer je verbinding en probeer het opnieuw.',
      },
    },
  },
  methods: nlMethods,
};
