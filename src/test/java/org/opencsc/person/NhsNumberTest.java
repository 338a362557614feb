package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsValidNumbersAsPeopleTypeThem() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumber.isValid("943-476-5919")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
    }

    @Test
    void rejectsNumbersWhoseCheckDigitWouldBeTen() {
        // 123456789: weighted sum 210, 11 - (210 % 11) = 10, so no tenth digit can make it valid
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("123456789" + last)).isFalse();
        }
        assertThat(NhsNumber.withCheckDigit("123456789")).isNull();
    }

    @Test
    void rejectsWrongLengthsAndLetters() {
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("94347659A9")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void generatedNumbersAreValid() {
        assertThat(NhsNumber.isValid(NhsNumber.withCheckDigit("401023213"))).isTrue();
    }
}
