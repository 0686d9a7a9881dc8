package nl.terugkeer.core.aliens;

import nl.terugkeer.core.shared.RejectionCode;

/** Why the Alien aggregate refuses a command (afwijzingsreden): a stable code with a Dutch and an English message. */
public enum AlienRejection implements RejectionCode {
    INVALID_NATIONALITY(
            Kind.INVALID_INPUT,
            "Een nationaliteit is een ICAO-code van 3 letters (XXX als onbekend).",
            "A nationality is a 3-letter ICAO code (XXX when unknown)."),
    DATE_OF_BIRTH_AFTER_REGISTRATION(
            Kind.RULE,
            "De geboortedatum ligt na de registratiedatum.",
            "The date of birth lies after the registration date."),
    IDENTITY_ALREADY_ESTABLISHED(
            Kind.RULE,
            "De identiteit is al vastgesteld; corrigeer de eerdere vastlegging.",
            "The identity is already established; correct the earlier entry."),
    NATIONALITY_ALREADY_ESTABLISHED(
            Kind.RULE,
            "De nationaliteit of staatloosheid is al vastgesteld; corrigeer de eerdere vastlegging.",
            "The nationality or statelessness is already established; correct the earlier entry."),
    ASYLUM_APPLICATION_ALREADY_PENDING(
            Kind.RULE, "Er loopt al een asielaanvraag.", "An asylum application is already pending."),
    ASYLUM_APPLICATION_NOT_FIRST(
            Kind.RULE,
            "Er is al een eerdere asielaanvraag; deze aanvraag is een herhaalde aanvraag.",
            "An earlier asylum application exists; this one is a repeated application."),
    NO_PENDING_ASYLUM_APPLICATION(
            Kind.RULE,
            "Er loopt geen asielaanvraag om op te beslissen.",
            "No asylum application is pending to decide on."),
    NO_PENDING_REGULAR_APPLICATION(
            Kind.RULE,
            "Er loopt geen reguliere aanvraag met dit volgnummer.",
            "No regular application with this sequence number is pending."),
    REJECTION_NEEDS_DEPARTURE_TERM(
            Kind.INVALID_INPUT, "Een afwijzing vermeldt de vertrektermijn.", "A rejection states the departure term."),
    GRANT_HAS_NO_DEPARTURE_TERM(
            Kind.INVALID_INPUT, "Een inwilliging heeft geen vertrektermijn.", "A grant has no departure term."),
    INVALID_DEPARTURE_TERM(Kind.RULE, "De vertrektermijn is 28 of 0 dagen.", "The departure term is 28 or 0 days."),
    DEPARTURE_TERM_BEFORE_DECISION(
            Kind.RULE,
            "De vertrektermijn begint niet vóór de beslissing.",
            "The departure term does not start before the decision."),
    DEFERRAL_ALREADY_REQUESTED(
            Kind.RULE,
            "Er loopt al een verzoek om uitstel van vertrek.",
            "A request for deferral of departure is already open."),
    DEFERRAL_NEEDS_REQUEST(
            Kind.RULE,
            "Uitstel van vertrek vraagt een eerder verzoek (art. 64 Vw).",
            "Deferral of departure needs a prior request (art. 64 Vw)."),
    PROVISIONAL_DEFERRAL_TOO_LONG(
            Kind.RULE,
            "Voorlopig uitstel van vertrek duurt ten hoogste 3 maanden.",
            "Provisional deferral of departure lasts at most 3 months."),
    DEFERRAL_TOO_LONG(
            Kind.RULE, "Uitstel van vertrek duurt ten hoogste 1 jaar.", "Deferral of departure lasts at most 1 year."),
    NO_DEFERRAL_IN_FORCE(
            Kind.RULE,
            "Er is op die datum geen uitstel van vertrek van kracht.",
            "No deferral of departure is in force on that date."),
    INVALID_PERMIT_VALIDITY(
            Kind.RULE,
            "De einddatum van de vergunning ligt niet na de ingangsdatum.",
            "The permit's end date is not after its start date."),
    BUITENSCHULD_PERMIT_NOT_ONE_YEAR(
            Kind.RULE,
            "Een buitenschuldvergunning is precies 1 jaar geldig.",
            "A buitenschuld permit is valid for exactly 1 year."),
    ENTRY_BAN_LENGTH_NOT_ALLOWED(
            Kind.RULE,
            "Een inreisverbod duurt 1, 2, 3, 5, 10 of 20 jaar.",
            "An entry ban lasts 1, 2, 3, 5, 10 or 20 years."),
    REFLECTION_PERIOD_TOO_LONG(
            Kind.RULE, "De bedenktijd duurt ten hoogste 3 maanden.", "The reflection period lasts at most 3 months."),
    REFLECTION_PERIOD_ALREADY_GRANTED(
            Kind.RULE, "De bedenktijd wordt maar één keer verleend.", "The reflection period is granted only once."),
    FAMILY_MEMBER_BORN_AFTER_JOINING(
            Kind.RULE,
            "Een gezinslid kan niet vóór de eigen geboortedatum bij het gezin komen.",
            "A family member cannot join the family before their date of birth."),
    BIRTH_IS_OF_A_CHILD(
            Kind.INVALID_INPUT,
            "Een geboorte voegt een kind toe aan het gezin.",
            "A birth adds a child to the family."),
    FAMILY_MEMBER_UNKNOWN(
            Kind.RULE,
            "Er is geen gezinslid vastgelegd met dit volgnummer en deze plaats.",
            "No family member is recorded with this sequence number and position."),
    FAMILY_MEMBER_NOT_PRESENT(
            Kind.RULE,
            "Dit gezinslid hoort op die datum niet (meer) bij het gezin.",
            "This family member is not part of the family on that date."),
    NO_ASYLUM_REJECTION(
            Kind.RULE,
            "Een voorlopige voorziening vraagt een afgewezen asielaanvraag.",
            "Interim relief needs a rejected asylum application."),
    INTERIM_RELIEF_ALREADY_PENDING(
            Kind.RULE, "Er loopt al een voorlopige voorziening.", "Interim relief is already pending."),
    NO_PENDING_INTERIM_RELIEF(
            Kind.RULE,
            "Er loopt geen voorlopige voorziening om op te beslissen.",
            "No interim relief is pending to decide on."),
    NOT_AN_UNACCOMPANIED_MINOR(
            Kind.RULE,
            "Vervolgopvang door de voogdijinstelling geldt alleen voor een alleenstaande minderjarige.",
            "Follow-up care by the guardian organisation is for an unaccompanied minor only."),
    RETURN_DECISION_DURING_ASYLUM_APPLICATION(
            Kind.RULE,
            "Tijdens een lopende asielaanvraag verblijft de vreemdeling rechtmatig (art. 8 onder f Vw); een terugkeerbesluit volgt pas na de beslissing.",
            "While an asylum application is pending the person resides lawfully (Vw art. 8(f)); a return decision follows the decision."),
    DEPARTURE_TERM_TOO_LONG(
            Kind.RULE,
            "De vertrektermijn van een terugkeerbesluit is ten hoogste 4 weken (art. 62 Vw); verlengen gaat apart.",
            "The departure term of a return decision is at most 4 weeks (Vw art. 62); an extension is recorded on its own."),
    NO_DEPARTURE_TERM(
            Kind.RULE, "Er loopt geen vertrektermijn om te verlengen.", "There is no departure term to extend."),
    EXTENSION_NOT_LATER(
            Kind.RULE,
            "De verlengde vertrektermijn eindigt niet na de huidige laatste dag.",
            "The extended departure term does not end after the current last day."),
    DEPARTURE_TERM_ALREADY_ENDED(
            Kind.RULE,
            "De vertrektermijn was op de beslisdatum al verstreken; een verstreken termijn kan niet worden verlengd.",
            "The departure term had already run out on the decision date; an expired term cannot be extended."),
    REPRESENTATIVE_ALREADY_AUTHORISED(
            Kind.RULE,
            "Er is al een gemachtigde; beëindig die machtiging eerst.",
            "A representative is already recorded; end that representation first."),
    NO_REPRESENTATIVE(Kind.RULE, "Er is geen gemachtigde vastgelegd.", "No representative is recorded."),
    UNKNOWN_ENTRY(
            Kind.RULE, "Er is geen vastlegging met dit volgnummer.", "There is no entry with this sequence number."),
    CANNOT_CORRECT_CREATION(
            Kind.RULE,
            "De registratie zelf kan niet worden gecorrigeerd.",
            "The registration itself cannot be corrected."),
    CANNOT_CORRECT_CORRECTION(
            Kind.RULE, "Een correctie kan niet worden gecorrigeerd.", "A correction cannot be corrected."),
    ENTRY_ALREADY_CORRECTED(Kind.RULE, "Deze vastlegging is al gecorrigeerd.", "This entry is already corrected."),
    ENTRY_RELIED_ON(
            Kind.RULE,
            "Een latere vastlegging bouwt op deze voort; corrigeer die eerst.",
            "A later entry builds on this one; correct that first.");

    private final Message message;

    AlienRejection(Kind kind, String dutch, String english) {
        this.message = new Message(kind, dutch, english);
    }

    @Override
    public Message message() {
        return message;
    }
}
