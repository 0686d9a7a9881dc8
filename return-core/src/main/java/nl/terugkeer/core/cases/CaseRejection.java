package nl.terugkeer.core.cases;

import nl.terugkeer.core.shared.RejectionCode;

/** Why the Case aggregate refuses a command (weigeringsreden): a stable code with a Dutch and an English message. */
public enum CaseRejection implements RejectionCode {
    MUNICIPALITY_SIGNAL_NEEDS_CODE(
            Kind.RULE,
            "Een signaal van een gemeente vermeldt de gemeentecode.",
            "A signal by a municipality names the municipality code."),
    ONLY_MUNICIPALITY_SIGNAL_HAS_CODE(
            Kind.RULE,
            "Alleen een signaal van een gemeente vermeldt een gemeentecode.",
            "Only a signal by a municipality names a municipality code."),
    CASE_CLOSED(
            Kind.RULE,
            "De zaak is afgesloten; alleen heropenen is mogelijk.",
            "The case is closed; only reopening is possible."),
    ALIEN_HAS_OPEN_CASE(
            Kind.RULE, "Deze persoon heeft al een open terugkeerzaak.", "This person already has an open return case."),
    UNKNOWN_ALIEN(Kind.RULE, "Deze persoon is niet geregistreerd.", "This person is not registered."),
    CASE_NOT_CLOSED(
            Kind.RULE, "Alleen een afgesloten zaak kan worden heropend.", "Only a closed case can be reopened."),
    DATE_BEFORE_SIGNAL(
            Kind.RULE,
            "De datum ligt voor de signalering van de zaak.",
            "The date lies before the case was signalled."),
    INVALID_COUNTRY_CODE(
            Kind.INVALID_INPUT, "Een land is een ICAO-code van 3 letters.", "A country is a 3-letter ICAO code."),
    PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST(
            Kind.RULE, "Een presentatie volgt op een LP-aanvraag.", "A presentation follows a laissez-passer request."),
    NO_RESPONSE_BEFORE_12_MONTHS(
            Kind.RULE,
            "Geen reactie wordt pas vastgelegd 12 maanden na de LP-aanvraag.",
            "No response is recorded only 12 months after the laissez-passer request."),
    SUPPORT_NOT_OFFERED(
            Kind.RULE, "Deze terugkeerondersteuning is niet aangeboden.", "This return support was not offered."),
    SUPPORT_WHILE_APPLICATION_PENDING(
            Kind.RULE,
            "Geen ondersteuning bij vertrek zolang een aanvraag loopt.",
            "No departure support while an application is pending."),
    REINTEGRATION_ABOVE_MAXIMUM(
            Kind.RULE,
            "Herintegratieondersteuning is maximaal 1.800 euro per volwassene en 2.800 euro per minderjarige.",
            "Reintegration support is at most EUR 1,800 per adult and EUR 2,800 per minor."),
    BASIC_SUPPORT_ABOVE_MAXIMUM(
            Kind.RULE,
            "De bijdrage bij basisvertrekondersteuning is maximaal 200 euro per persoon.",
            "The basic support contribution is at most EUR 200 per person."),
    CASH_ABOVE_MAXIMUM(
            Kind.RULE,
            "Maximaal 300 euro per persoon wordt contant uitgekeerd, en nooit meer dan het totaal.",
            "At most EUR 300 per person is paid in cash, and never more than the total."),
    REPORTING_OBLIGATION_ALREADY_ACTIVE(
            Kind.RULE, "Er geldt al een meldplicht.", "A reporting obligation is already in force."),
    NO_REPORTING_OBLIGATION(Kind.RULE, "Er geldt geen meldplicht.", "No reporting obligation is in force."),
    REPORTING_WHILE_DETAINED(
            Kind.RULE,
            "De meldplicht geldt niet tijdens bewaring.",
            "The reporting obligation does not apply during detention."),
    CHECK_IN_OUT_OF_ORDER(
            Kind.RULE,
            "Een melding ligt na de oplegging en na de vorige melding.",
            "A check-in lies after the obligation was imposed and after the previous check-in."),
    AREA_RESTRICTION_ALREADY_IN_FORCE(
            Kind.RULE,
            "Er geldt al een vrijheidsbeperkende maatregel; verleng of hef die op.",
            "An area restriction is already in force; extend or lift it."),
    NO_AREA_RESTRICTION_IN_FORCE(
            Kind.RULE,
            "Er geldt op die datum geen vrijheidsbeperkende maatregel.",
            "No area restriction is in force on that date."),
    AREA_RESTRICTION_TOO_LONG(
            Kind.RULE,
            "Een vrijheidsbeperkende maatregel geldt per keer ten hoogste 12 weken (Vc A6).",
            "An area restriction runs at most 12 weeks at a time (Vc A6)."),
    AREA_RESTRICTION_EXTENSION_NOT_LATER(
            Kind.RULE,
            "De verlenging eindigt niet na de huidige laatste dag van de maatregel.",
            "The extension does not end after the restriction's current last day."),
    VBL_NEEDS_RETURN_PROSPECT(
            Kind.RULE,
            "Plaatsing in de VBL vereist vastgelegd zicht op terugkeer binnen 12 weken.",
            "A VBL placement needs a recorded prospect of return within 12 weeks."),
    VBL_NOT_FOR_FAMILIES(
            Kind.RULE,
            "Gezinnen met minderjarige kinderen gaan naar een gezinslocatie, niet naar de VBL.",
            "Families with minor children go to a family location, not the VBL."),
    PLACEMENT_WHILE_DETAINED(Kind.RULE, "Geen plaatsing tijdens bewaring.", "No placement during detention."),
    ALREADY_PLACED(
            Kind.RULE,
            "De vreemdeling is al geplaatst; beëindig eerst de plaatsing.",
            "The person is already placed; end that placement first."),
    NOT_IN_VBL(Kind.RULE, "De vreemdeling verblijft niet in de VBL.", "The person is not in the VBL."),
    NOT_PLACED(Kind.RULE, "De vreemdeling is niet geplaatst.", "The person is not placed."),
    VBL_EXTENSION_TOO_LONG(
            Kind.RULE,
            "Een verlenging van de VBL is maximaal 12 weken per keer.",
            "A VBL extension is at most 12 weeks at a time."),
    FAMILY_LOCATION_NEEDS_MINOR_CHILDREN(
            Kind.RULE,
            "Een gezinslocatie is voor gezinnen met minderjarige kinderen.",
            "A family location is for families with minor children."),
    ALREADY_DETAINED(Kind.RULE, "De vreemdeling is al in bewaring.", "The person is already detained."),
    NOT_DETAINED(Kind.RULE, "De vreemdeling is niet in bewaring.", "The person is not detained."),
    DETENTION_GROUND_NOT_OF_BASIS(
            Kind.INVALID_INPUT,
            "De grond van de bewaring hoort niet bij de genoemde grondslag.",
            "The detention ground does not belong to the stated legal basis."),
    DETENTION_ARTICLE_39_NOT_FOR_GROUND(
            Kind.INVALID_INPUT,
            "Artikel 39 Vw verlengt alleen de bewaring op grond van art. 59 lid 4 of art. 59b lid 1 onder a tot en met c.",
            "Art. 39 Vw only lengthens detention under art. 59(4) or art. 59b(1)(a) to (c)."),
    DETENTION_TOO_LONG(
            Kind.RULE,
            "De bewaring overschrijdt de maximale termijn voor deze grond.",
            "The detention exceeds the maximum term for its ground."),
    DETENTION_EXTENSION_NEEDS_REASON(
            Kind.RULE,
            "Verlenging van de bewaring na de eerste termijn vereist een reden die bij de grond past.",
            "Extending detention beyond its first term needs a reason that fits its ground."),
    DETENTION_EXTENSION_REASON_NOT_FOR_GROUND(
            Kind.RULE,
            "Deze reden staat geen verlenging van de bewaring op deze grond toe.",
            "This reason does not allow extending detention on this ground."),
    DETENTION_PAST_MAXIMUM_END(
            Kind.RULE,
            "De bewaring is voorbij haar maximale einddatum en kan niet meer worden verlengd; leg de opheffing vast.",
            "The detention is past its maximum end and can no longer be extended; record the lift."),
    DETENTION_EXTENSION_TOO_LONG(
            Kind.RULE,
            "De verlenging overschrijdt de maximale duur van de bewaring.",
            "The extension exceeds the maximum duration of detention."),
    OBSTACLE_ALREADY_OPEN(Kind.RULE, "Deze belemmering staat al open.", "This obstacle is already open."),
    OBSTACLE_NOT_OPEN(Kind.RULE, "Deze belemmering staat niet open.", "This obstacle is not open."),
    ESCALATION_NEEDS_DOMAIN(
            Kind.INVALID_INPUT, "Opschaling noemt ten minste één domein.", "An escalation names at least one domain."),
    ESCALATION_NEEDS_OPEN_OBSTACLE(
            Kind.RULE,
            "Alleen een zaak met een openstaande belemmering wordt opgeschaald.",
            "Only a case with an open obstacle is escalated."),
    REVIEW_NEEDS_PARTICIPANTS(
            Kind.INVALID_INPUT, "Een casusoverleg noemt de deelnemers.", "A case review names its participants."),
    UNKNOWN_IND_REQUEST(
            Kind.RULE,
            "Er staat geen informatieverzoek aan de IND open met dit volgnummer.",
            "No open IND information request has this sequence number."),
    MEDIATION_WHILE_APPLICATION_PENDING(
            Kind.RULE,
            "Bemiddeling is niet mogelijk zolang een verblijfsprocedure loopt.",
            "Mediation is not possible while a residence procedure is pending."),
    BUITENSCHULD_NEEDS_OWN_ATTEMPT(
            Kind.RULE,
            "Buitenschuld vereist een vastgelegde eigen vertrekinspanning.",
            "Buitenschuld needs a recorded own attempt to leave."),
    BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY(
            Kind.RULE,
            "Buitenschuld vereist vastgestelde identiteit en nationaliteit (of staatloosheid).",
            "Buitenschuld needs established identity and nationality (or statelessness)."),
    BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST(
            Kind.RULE,
            "Buitenschuld vereist een mislukte aanvraag van een reisdocument: een non-statement of geen reactie"
                    + " binnen 12 maanden; onvoldoende informatie is geen mislukte aanvraag.",
            "Buitenschuld needs a failed travel-document request: a non-statement or no response within 12 months;"
                    + " insufficient information is not a failed request."),
    BUITENSCHULD_TRAVEL_DOCUMENT_OBTAINED(
            Kind.RULE,
            "Geen buitenschuld: er is een reisdocument verkregen.",
            "No buitenschuld: a travel document was obtained."),
    BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED(
            Kind.RULE,
            "Geen buitenschuld: de vreemdeling weigerde de handgeschreven verklaring dat hij vrijwillig wil terugkeren.",
            "No buitenschuld: the person refused the handwritten statement that he wants to return voluntarily."),
    BUITENSCHULD_EXCLUDED_MISSED_PRESENTATION(
            Kind.RULE,
            "Geen buitenschuld: de vreemdeling verscheen zonder geldige reden niet bij de presentatie.",
            "No buitenschuld: the person missed the presentation without a valid reason."),
    BUITENSCHULD_EXCLUDED_NOT_WILLING_TO_RETURN(
            Kind.RULE,
            "Geen buitenschuld: de vreemdeling verklaarde bij de presentatie niet vrijwillig te willen terugkeren.",
            "No buitenschuld: the person stated at the presentation that he does not want to return voluntarily."),
    BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE(
            Kind.RULE,
            "Medische buitenschuld vereist een BMA-advies dat de vreemdeling blijvend niet kan reizen.",
            "Medical buitenschuld needs a BMA advice that the person is permanently unable to travel."),
    BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15(
            Kind.RULE,
            "Buitenschuld als amv vereist een eerste aanvraag voor de 15e verjaardag.",
            "Buitenschuld as an unaccompanied minor needs a first application before the 15th birthday."),
    BUITENSCHULD_MINOR_ADEQUATE_RECEPTION_AVAILABLE(
            Kind.RULE,
            "Buitenschuld als amv vereist dat adequate opvang in het land van herkomst ontbreekt.",
            "Buitenschuld as an unaccompanied minor needs the absence of adequate reception in the country of origin."),
    BUITENSCHULD_FAMILY_BOND_NOT_BEFORE_ENTRY(
            Kind.RULE,
            "Buitenschuld als gezinslid vereist een gezinsband die al voor de inreis bestond.",
            "Buitenschuld as a family member needs a family bond that existed before entry."),
    BUITENSCHULD_FAMILY_NOT_EVERY_COUNTRY_TRIED(
            Kind.RULE,
            "Buitenschuld als gezin vereist een aanvraag van een reisdocument bij elk land dat voor het gezin in"
                    + " aanmerking komt.",
            "Buitenschuld as a family needs a travel-document request to every country plausible for the family."),
    BUITENSCHULD_WHILE_NOT_COOPERATING(
            Kind.RULE,
            "Geen buitenschuld zolang de belemmering geen medewerking vreemdeling openstaat.",
            "No buitenschuld while the non-cooperation obstacle is open."),
    BUITENSCHULD_WHILE_APPLICATION_PENDING(
            Kind.RULE,
            "Geen buitenschuld zolang een andere aanvraag loopt.",
            "No buitenschuld while another application is pending."),
    BUITENSCHULD_ALREADY_ESTABLISHED(
            Kind.RULE, "Buitenschuld is al vastgesteld.", "Buitenschuld is already established."),
    NO_FAULT_ADVICE_NEEDS_BUITENSCHULD(
            Kind.RULE,
            "Een ambtsadvies volgt op het vaststellen van buitenschuld.",
            "An ambtsadvies follows the establishment of buitenschuld."),
    NO_FAULT_ADVICE_ALREADY_ISSUED(
            Kind.RULE, "Het ambtsadvies is al uitgebracht.", "The ambtsadvies was already issued."),
    ALREADY_DEPARTED(Kind.RULE, "Het vertrek is al geregistreerd.", "The departure is already recorded."),
    FORCED_DEPARTURE_NEEDS_TRAVEL_DOCUMENT(
            Kind.RULE,
            "Gedwongen vertrek vereist een geldig reisdocument.",
            "Forced departure needs a valid travel document."),
    CLOSE_REASON_NEEDS_DEPARTURE(
            Kind.RULE,
            "Afsluiten wegens vertrek vereist een geregistreerd vertrek.",
            "Closing for departure needs a recorded departure."),
    UNKNOWN_ENTRY(Kind.RULE, "Er is geen gebeurtenis met dit volgnummer.", "No entry has this sequence number."),
    CANNOT_CORRECT_CREATION(
            Kind.RULE,
            "De signalering die de zaak opent, kan niet worden gecorrigeerd.",
            "The signal that opened the case cannot be corrected."),
    CANNOT_CORRECT_CORRECTION(
            Kind.RULE, "Een correctie kan niet worden gecorrigeerd.", "A correction cannot be corrected."),
    CANNOT_CORRECT_DERIVED_ENTRY(
            Kind.RULE,
            "Deze gebeurtenis volgt uit andere; corrigeer de verzuimde melding.",
            "This entry follows from others; correct the missed check-in instead."),
    ENTRY_ALREADY_CORRECTED(Kind.RULE, "Deze gebeurtenis is al gecorrigeerd.", "This entry was already corrected.");

    private final Message message;

    CaseRejection(Kind kind, String dutch, String english) {
        this.message = new Message(kind, dutch, english);
    }

    @Override
    public Message message() {
        return message;
    }
}
