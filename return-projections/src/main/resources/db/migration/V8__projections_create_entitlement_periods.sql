-- The intervals in which each person is entitled to state reception, with kind and legal basis: for downstream
-- consumers (COA, municipalities) and analysts. Recomputed for the whole person with core's EntitlementPolicy
-- after every event of the person or of one of the person's cases. valid_until is exclusive; NULL = open-ended.
CREATE TABLE projections.entitlement_period (
    alien_id     UUID         NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE,
    kind         VARCHAR(30)  NOT NULL,
    legal_basis  VARCHAR(200) NOT NULL,
    PRIMARY KEY (alien_id, valid_from)
);

-- Which cases belong to which person, so that a case's event recomputes its person.
CREATE TABLE projections.entitlement_case (
    case_id   UUID PRIMARY KEY,
    alien_id  UUID NOT NULL
);
CREATE INDEX entitlement_case_alien_idx ON projections.entitlement_case (alien_id);
