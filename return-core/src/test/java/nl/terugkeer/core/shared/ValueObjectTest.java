package nl.terugkeer.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectTest {

    private static final UUID RAW = UUID.fromString("7d6f0f34-2a4e-4d5b-9a43-3f2a3a9d1c11");

    @Test
    void givenTypedIds_whenTurnedIntoText_thenTheRawValueIsWhatAxonStores() {
        assertThat(new CaseId(RAW).toString()).isEqualTo(RAW.toString());
        assertThat(new AlienId(RAW).toString()).isEqualTo(RAW.toString());
        assertThat(CaseId.parse(RAW.toString())).isEqualTo(new CaseId(RAW));
    }

    @Test
    void givenAVNumber_whenTurnedIntoText_thenTheDigitsDoNotLeak() {
        assertThat(new VNumber("1234567890").toString()).doesNotContain("1234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678901", "12345abcde", ""})
    void givenNotTenDigits_whenMakingAVNumber_thenRejectedAsInvalidInput(String text) {
        assertThatThrownBy(() -> new VNumber(text)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(
                        v.rejection().code())
                .isEqualTo(CommonRejection.INVALID_V_NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0363", "GM363", "gm0363", "GM03631"})
    void givenNoCbsCode_whenMakingAMunicipalityCode_thenRejected(String text) {
        assertThatThrownBy(() -> new MunicipalityCode(text))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.rejection().code()).isEqualTo(CommonRejection.INVALID_MUNICIPALITY_CODE));
    }
}
