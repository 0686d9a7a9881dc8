package nl.terugkeer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder issuerWhoseTokensExpireAt(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.equals("forged")) {
                throw new BadJwtException("signature does not match");
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("user-1");
            return (expiresAt == null ? jwt : jwt.expiresAt(expiresAt)).build();
        };
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void givenAVerifiedToken_whenItComesAgainBeforeItExpires_thenItIsNotVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(issuerWhoseTokensExpireAt(NOW.plusSeconds(300)), at(NOW));

        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void givenATokenRemembered_whenTheClockPassesItsExpiry_thenItIsVerifiedAgain() {
        MutableClock clock = new MutableClock(NOW.plusSeconds(299));
        VerifiedTokens tokens = new VerifiedTokens(issuerWhoseTokensExpireAt(NOW.plusSeconds(300)), clock);
        tokens.decode("token-a");
        tokens.decode("token-a");
        assertThat(verifications).hasValue(1);

        clock.now = NOW.plusSeconds(300);
        tokens.decode("token-a");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void givenARejectedToken_whenItComesAgain_thenItIsRejectedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(issuerWhoseTokensExpireAt(NOW.plusSeconds(300)), at(NOW));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void givenATokenWithoutExpiry_whenItComesAgain_thenItIsVerifiedEachTime() {
        VerifiedTokens tokens = new VerifiedTokens(issuerWhoseTokensExpireAt(null), at(NOW));

        tokens.decode("token-a");
        tokens.decode("token-a");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void givenAFullMemory_whenAnotherTokenComes_thenTheMemoryStaysWithinItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(issuerWhoseTokensExpireAt(NOW.plusSeconds(300)), at(NOW));
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode("token-" + i);
        }

        tokens.decode("token-" + VerifiedTokens.CAPACITY);
        tokens.decode("token-0");

        assertThat(verifications).hasValue(VerifiedTokens.CAPACITY + 2); // the last one remembered, the first gone
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
