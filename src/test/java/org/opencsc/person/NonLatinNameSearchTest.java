package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names in Arabic, Chinese and Cyrillic script and with Polish letters are found by the search
 * page, as typed and as commonly spelt in English letters; the one search box also finds by
 * date of birth, NHS number and ID; every such search is in the access log.
 */
@IntegrationTest
class NonLatinNameSearchTest {

    @Autowired
    PersonService service;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** A surname in the given letters that no other test (nor the demo council) has: eight random letters of it. */
    private static String unique(String alphabet) {
        StringBuilder s = new StringBuilder();
        int[] letters = alphabet.codePoints().toArray();
        for (int i = 0; i < 8; i++) {
            s.appendCodePoint(letters[ThreadLocalRandom.current().nextInt(letters.length)]);
        }
        return s.toString();
    }

    private long create(String given, String family, LocalDate dob) {
        var in = new PersonInput(true, given, family, List.of(), dob, null, "1", null, null, null, null, null, List.of(), null);
        var result = service.create(in, null, true, users.findByUsername("contact").orElseThrow(), AccessLog.Channel.API);
        return ((PersonService.CreateResult.Created) result).id();
    }

    private String searchPage(String name) {
        PageSession.Page page = PageSession.signedIn(port, "duty").get("/people/search?name=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private static String link(long id) {
        return "href=\"/people/" + id + "\"";
    }

    @Test
    void cyrillicNamesAreFoundAsTypedAndInEnglishLetters() {
        String family = "Петров" + unique("бвгдклмнпрст");
        long id = create("Иван", family, LocalDate.of(2016, 5, 4));
        assertThat(searchPage("Иван " + family)).contains(link(id));
        assertThat(searchPage(family)).contains(link(id));
        assertThat(searchPage("Ivan " + Names.normalise(family))).as("the English spelling").contains(link(id));
    }

    @Test
    void arabicNamesAreFound() {
        String family = "الأحمد" + unique("بتثجحخدذرزسشصضطظعغفقكلمن");
        long id = create("محمد", family, LocalDate.of(2014, 9, 1));
        assertThat(searchPage("محمد " + family)).contains(link(id));
        assertThat(searchPage(family)).contains(link(id));
    }

    @Test
    void chineseNamesAreFoundByFamilyNameAndFullName() {
        String family = unique("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
        long id = create("小明", family, LocalDate.of(2017, 2, 3));
        assertThat(searchPage(family)).contains(link(id));
        assertThat(searchPage("小明 " + family)).contains(link(id));
        assertThat(searchPage(family + " 小明")).as("written family name first, as Chinese names are").contains(link(id));
    }

    @Test
    void aChineseNameTypedWithoutASpaceIsReadFamilyNameFirst() {
        String given = unique("秀英明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超").substring(0, 2);
        long id = create(given, "龚", LocalDate.of(2016, 6, 1));
        assertThat(searchPage("龚" + given)).as("as it is usually written: family name first, no space").contains(link(id));
    }

    @Test
    void polishLettersAreFoundWithAndWithoutThem() {
        String family = "Wójcik" + unique("ąćęłńóśźż");
        long id = create("Łukasz", family, LocalDate.of(2015, 7, 8));
        assertThat(searchPage("Łukasz " + family)).contains(link(id));
        assertThat(searchPage("Lukasz " + Names.normalise(family))).as("typed on an English keyboard").contains(link(id));
        assertThat(Names.normalise("Łukasz")).isEqualTo("lukasz");
    }

    @Test
    void theOneSearchBoxFindsByDateOfBirthNhsNumberAndId() {
        String family = "Ostrowska" + unique("ąćęłńóśźż");
        LocalDate dob = LocalDate.of(2013, 11, 21);
        long id = create("Zofia", family, dob);
        assertThat(searchPage(String.valueOf(id))).contains(link(id)).contains("Searched for the record with ID " + id);
        assertThat(searchPage("21/11/2013")).contains(link(id)).contains("Searched by date of birth, 21 November 2013");

        String nhs = jdbc.sql("SELECT nhs_number FROM person WHERE nhs_number IS NOT NULL AND merged_into IS NULL LIMIT 1")
                .query(String.class).single();
        long withNhs = jdbc.sql("SELECT id FROM person WHERE nhs_number = :n").param("n", nhs).query(Long.class).single();
        String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        assertThat(searchPage(spaced)).contains(link(withNhs));

        long logged = jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'duty' AND search_terms = :t")
                .param("t", "ID " + id).query(Long.class).single();
        assertThat(logged).as("the search by ID is in the access log").isEqualTo(1);
    }
}
