package nl.terugkeer.api.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Deterministic integration event ids: UUID version 5 (RFC 9562, SHA-1) of the source event id and the type. */
final class EventIds {

    /** This feed's own namespace (a fixed random UUID); never change it, or replays give new ids. */
    static final UUID NAMESPACE = UUID.fromString("4f6c1d2e-8a57-4a0b-9d3c-2b7e5f1a9c44");

    private EventIds() {}

    static UUID of(String sourceEventId, FeedType type) {
        return v5(NAMESPACE, sourceEventId + "|" + type.type());
    }

    static UUID v5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
