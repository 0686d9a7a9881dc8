package nl.terugkeer.core.entitlement;

import java.util.UUID;

/** An event that decided an answer: its aggregate (Alien or Case), the aggregate's id and the sequence number. */
public record EventRef(String aggregateType, UUID aggregateId, long sequence) {}
