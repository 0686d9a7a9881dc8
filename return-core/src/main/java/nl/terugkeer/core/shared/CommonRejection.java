package nl.terugkeer.core.shared;

/** Rejections that both aggregates share. */
public enum CommonRejection implements RejectionCode {
    INVALID_V_NUMBER(
            Kind.INVALID_INPUT, "Een V-nummer bestaat uit precies 10 cijfers.", "A V-number has exactly 10 digits."),
    INVALID_MUNICIPALITY_CODE(
            Kind.INVALID_INPUT,
            "Een gemeentecode is GM gevolgd door 4 cijfers (CBS).",
            "A municipality code is GM followed by 4 digits (CBS)."),
    MISSING_REQUIRED_FIELD(Kind.INVALID_INPUT, "Een verplicht gegeven ontbreekt.", "A required field is missing."),
    INVALID_VALUE(Kind.INVALID_INPUT, "Een gegeven heeft een ongeldige waarde.", "A field has an invalid value."),
    DATE_IN_FUTURE(Kind.RULE, "De datum ligt in de toekomst.", "The date lies in the future."),
    DATES_OUT_OF_ORDER(Kind.RULE, "De datums liggen in de verkeerde volgorde.", "The dates are in the wrong order.");

    private final Message message;

    CommonRejection(Kind kind, String dutch, String english) {
        this.message = new Message(kind, dutch, english);
    }

    @Override
    public Message message() {
        return message;
    }
}
