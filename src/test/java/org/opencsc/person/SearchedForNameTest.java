package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Add the child" carries the name searched for into the new-person form as the searcher meant it. */
class SearchedForNameTest {

    private static String[] split(String name) {
        PersonForm form = PersonForm.searchedFor(name, null, null, null, null);
        return new String[] {form.givenName(), form.familyName()};
    }

    @Test
    void theLastWordIsTheFamilyName() {
        assertThat(split("Amelia Rose Smith")).containsExactly("Amelia Rose", "Smith");
        assertThat(split("  Smith ")).containsExactly(null, "Smith");
    }

    @Test
    void aCommaPutsTheFamilyNameFirst() {
        assertThat(split("Smith, John")).containsExactly("John", "Smith");
        assertThat(split("Smith,")).containsExactly(null, "Smith");
    }

    @Test
    void particlesStayWithTheFamilyName() {
        assertThat(split("Mary Ann de la Cruz")).containsExactly("Mary Ann", "de la Cruz");
        assertThat(split("Pieter van der Berg")).containsExactly("Pieter", "van der Berg");
        assertThat(split("Mohammed bin Salman")).containsExactly("Mohammed", "bin Salman");
        assertThat(split("de Souza")).as("one given word is never taken as a particle").containsExactly("de", "Souza");
    }

    @Test
    void aChineseNameWithoutASpaceIsFamilyNameFirst() {
        assertThat(split("王秀英")).containsExactly("秀英", "王");
        assertThat(split("秀英 王")).containsExactly("秀英", "王");
    }
}
