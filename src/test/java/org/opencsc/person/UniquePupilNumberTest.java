package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniquePupilNumberTest {

    @Test
    void computesTheCheckLetterFromTheWeightedSum() {
        // 8,0,1,2,0,0,1,1,2,3,4,5 weighted 2..13 = 16+0+4+10+0+0+8+9+20+33+48+65 = 213; 213 mod 23 = 6 -> G
        assertThat(UniquePupilNumber.checkLetter("801200112345")).isEqualTo('G');
        assertThat(UniquePupilNumber.isValid("G801200112345")).isTrue();
    }

    @Test
    void rejectsAWrongCheckLetter() {
        assertThat(UniquePupilNumber.isValid("Z801200112345")).isFalse();
    }

    @Test
    void acceptsTemporaryUpnsEndingInALetter() {
        String twelve = "80120011234A";
        assertThat(UniquePupilNumber.isValid(UniquePupilNumber.checkLetter(twelve) + twelve)).isTrue();
    }

    @Test
    void rejectsBadShapes() {
        assertThat(UniquePupilNumber.isValid("Z80120011234")).isFalse();
        assertThat(UniquePupilNumber.isValid("1801200112345")).isFalse();
        assertThat(UniquePupilNumber.isValid("")).isFalse();
        // I, O and S are never used, so a temporary UPN cannot end with them
        assertThat(UniquePupilNumber.checkLetter("80120011234I")).isNull();
    }
}
