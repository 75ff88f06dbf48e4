import type { MethodTexts } from './methodResources';

/** The methods in Dutch, keyed like the method data in `shared/` (method id, then phase id). */
export const nlMethods: Record<string, MethodTexts> = {
  intervision: {
    title: 'Intervisie',
    summary:
      'Een inbrenger brengt een dilemma uit het werk en een vraag in; de groep reflecteert terwijl de inbrenger luistert, daarna reageert de inbrenger.',
    phases: {
      presentation: {
        title: 'Inbreng',
        guidance: {
          chair:
            'Bewaak het kader terwijl de inbrenger het dilemma beschrijft. Zorg dat er een vraag ligt.',
          presenter: 'Beschrijf je dilemma en sluit af met één concrete vraag aan de groep.',
          peer: 'Luister. Houd je reflecties nog even voor je; verhelderende vragen aan het eind mogen.',
        },
      },
      'muted-reflection': {
        title: 'Reflectie, inbrenger luistert',
        guidance: {
          chair:
            'Nodig elke deelnemer uit te reflecteren. Nieuwsgierig, vanuit verschillende blikken; er is geen goed antwoord.',
          presenter: 'Alleen luisteren. Je microfoon en camera staan uit; noteer wat je opvalt.',
          peer: 'Reflecteer hardop op het dilemma en de vraag. Praat over de casus, niet tegen de inbrenger.',
        },
      },
      'presenter-response': {
        title: 'Reactie van de inbrenger',
        guidance: {
          chair: 'Haal de inbrenger terug. Laat de groep luisteren.',
          presenter: 'Je bent er weer. Vertel wat je raakte en wat je verder wilt onderzoeken.',
          peer: 'Luister naar wat de inbrenger raakte.',
        },
      },
      'second-round': {
        title: 'Tweede ronde',
        guidance: {
          chair: 'Open een tweede ronde reflecties, voortbouwend op de reactie.',
          presenter: 'Luister en doe mee waar je wordt uitgenodigd.',
          peer: 'Reflecteer opnieuw en bouw voort op wat de inbrenger zei.',
        },
      },
      closing: {
        title: 'Afronding',
        guidance: {
          chair: 'Vraag iedereen wat ze meenemen. Sluit het kader.',
          presenter: 'Vertel wat je meeneemt uit de bijeenkomst.',
          peer: 'Zeg in één zin wat je meeneemt.',
        },
      },
    },
  },
  balint: {
    title: 'Balintgroep',
    summary:
      'Een inbrenger vertelt een casus uit het hoofd; de groep onderzoekt de relatie terwijl de inbrenger achterover leunt en luistert.',
    phases: {
      case: {
        title: 'Casus',
        guidance: {
          chair: 'Nodig de inbrenger uit de casus vrij te vertellen, zonder aantekeningen.',
          presenter: 'Vertel de casus zoals je je hem herinnert, ook wat hij bij je oproept.',
          peer: 'Luister naar de casus en merk je eigen reacties op.',
        },
      },
      questions: {
        title: 'Feitelijke vragen',
        guidance: {
          chair: 'Houd de vragen kort en feitelijk.',
          presenter: 'Antwoord kort; je hoeft je keuzes niet te verdedigen.',
          peer: 'Stel alleen feitelijke vragen die je nodig hebt om de situatie voor je te zien.',
        },
      },
      'group-exploration': {
        title: 'Groep onderzoekt',
        guidance: {
          chair: 'Help de groep de relatie, gevoelens en fantasieën rond de casus te onderzoeken.',
          presenter: 'Leun achterover en luister. Je microfoon en camera staan uit.',
          peer: 'Onderzoek de relatie en de gevoelens die de casus bij je oproept.',
        },
      },
      'presenter-returns': {
        title: 'Inbrenger komt terug',
        guidance: {
          chair: 'Nodig de inbrenger weer uit in de groep.',
          presenter: 'Je bent er weer. Vertel wat je hoorde en wat je raakte.',
          peer: 'Luister naar de inbrenger en ga dan samen verder.',
        },
      },
      closing: {
        title: 'Afronding',
        guidance: {
          chair: 'Rond de casus en de bijeenkomst af.',
          presenter: 'Een laatste woord over wat je meeneemt.',
          peer: 'Een laatste woord, als je wilt.',
        },
      },
    },
  },
  'supervision-cycle': {
    title: 'Supervisiecyclus',
    summary: 'Ervaring, reflectie, analyse en actieplannen rond één casus.',
    phases: {
      experience: {
        title: 'Ervaring',
        guidance: {
          chair: 'Nodig de inbrenger uit te beschrijven wat er gebeurde.',
          presenter:
            'Beschrijf de ervaring: wat er gebeurde, wie erbij betrokken waren, wat je deed.',
          peer: 'Luister naar de ervaring.',
        },
      },
      reflection: {
        title: 'Reflectie',
        guidance: {
          chair: 'Open de reflectie: gedachten, gevoelens, reacties.',
          presenter: 'Sta stil bij wat je toen dacht en voelde.',
          peer: 'Stel reflectieve vragen en deel je reacties.',
        },
      },
      analysis: {
        title: 'Analyse',
        guidance: {
          chair: 'Breng theorie, beleid en de bredere context in.',
          presenter: 'Bekijk welke kennis en kaders de situatie verklaren.',
          peer: 'Bied theorieën, kaders en ervaring aan die er licht op werpen.',
        },
      },
      'action-plans': {
        title: 'Actieplannen',
        guidance: {
          chair: 'Help de inbrenger tot concrete volgende stappen te komen.',
          presenter: 'Besluit wat je hierna doet en welke steun je nodig hebt.',
          peer: 'Help realistische volgende stappen vorm te geven.',
        },
      },
    },
  },
  'reflective-practice-group': {
    title: 'Reflectiegroep',
    summary: 'Check-in, delen, reflectie, thema’s in het systeem en check-out voor de hele groep.',
    phases: {
      'check-in': {
        title: 'Check-in',
        guidance: {
          chair: 'Nodig iedereen uit kort te zeggen hoe ze binnenkomen.',
          presenter: 'Zeg kort hoe je vandaag binnenkomt.',
          peer: 'Zeg kort hoe je vandaag binnenkomt.',
        },
      },
      sharing: {
        title: 'Delen',
        guidance: {
          chair: 'Nodig groepsleden uit situaties uit hun praktijk te delen.',
          presenter: 'Deel een situatie uit je praktijk.',
          peer: 'Deel een situatie of luister naar anderen.',
        },
      },
      reflection: {
        title: 'Reflectie',
        guidance: {
          chair: 'Begeleid de reflectie op wat er gedeeld is.',
          presenter: 'Reflecteer samen op wat er gedeeld is.',
          peer: 'Reflecteer samen op wat er gedeeld is.',
        },
      },
      'systemic-themes': {
        title: 'Thema’s in het systeem',
        guidance: {
          chair: 'Benoem patronen in de situaties en in de organisatie.',
          presenter: 'Zoek naar patronen voorbij de afzonderlijke casus.',
          peer: 'Zoek naar patronen voorbij de afzonderlijke casus.',
        },
      },
      'check-out': {
        title: 'Check-out',
        guidance: {
          chair: 'Nodig iedereen uit te zeggen wat ze meenemen.',
          presenter: 'Zeg wat je meeneemt.',
          peer: 'Zeg wat je meeneemt.',
        },
      },
    },
  },
  'one-to-one': {
    title: 'Individuele reflectiesessie',
    summary: 'Een uur tussen een begeleider (voorzitter) en een inbrenger.',
    phases: {
      contracting: {
        title: 'Afspraken maken',
        guidance: {
          chair: 'Spreek af waar dit uur voor is.',
          presenter: 'Zeg wat je uit dit uur wilt halen.',
          peer: 'Luister.',
        },
      },
      exploration: {
        title: 'Verkennen',
        guidance: {
          chair: 'Verken de situatie met open vragen.',
          presenter: 'Verken de situatie die je meebracht.',
          peer: 'Luister.',
        },
      },
      reflection: {
        title: 'Reflectie',
        guidance: {
          chair: 'Geef terug wat je opmerkt.',
          presenter: 'Kijk wat er helderder wordt.',
          peer: 'Luister.',
        },
      },
      'next-steps': {
        title: 'Volgende stappen',
        guidance: {
          chair: 'Help de inbrenger de volgende stappen te benoemen.',
          presenter: 'Benoem wat je hierna gaat proberen.',
          peer: 'Luister.',
        },
      },
      closing: {
        title: 'Afronding',
        guidance: {
          chair: 'Blik terug op het uur en rond af.',
          presenter: 'Zeg wat je meeneemt.',
          peer: 'Luister.',
        },
      },
    },
  },
  'incident-method': {
    title: 'Incidentmethode',
    summary:
      'Een inbrenger beschrijft een kort incident; de groep verzamelt feiten en stelt daarna besluiten voor terwijl de inbrenger luistert.',
    phases: {
      incident: {
        title: 'Incident',
        guidance: {
          chair: 'Nodig de inbrenger uit het incident te beschrijven tot het moment van beslissen.',
          presenter:
            'Beschrijf het incident kort en stop waar er een besluit genomen moest worden.',
          peer: 'Luister naar het incident.',
        },
      },
      'fact-finding': {
        title: 'Feiten verzamelen',
        guidance: {
          chair: 'Houd de vragen bij de feiten.',
          presenter: 'Beantwoord de feitelijke vragen.',
          peer: 'Stel vragen om de feiten te verzamelen.',
        },
      },
      decisions: {
        title: 'Besluiten',
        guidance: {
          chair: 'Nodig elke deelnemer uit te zeggen wat die zou besluiten en waarom.',
          presenter:
            'Luister naar de besluiten die de groep zou nemen. Je microfoon en camera staan uit.',
          peer: 'Zeg wat jij zou besluiten, en waarom.',
        },
      },
      'presenter-response': {
        title: 'Wat er gebeurde',
        guidance: {
          chair: 'Nodig de inbrenger uit te vertellen wat er echt gebeurde.',
          presenter: 'Je bent er weer. Vertel wat je besloot en wat er gebeurde.',
          peer: 'Luister en vergelijk met je eigen besluit.',
        },
      },
      lessons: {
        title: 'Lessen',
        guidance: {
          chair: 'Haal er algemene lessen uit.',
          presenter: 'Benoem wat je van de groep leert.',
          peer: 'Benoem algemene lessen.',
        },
      },
    },
  },
};
