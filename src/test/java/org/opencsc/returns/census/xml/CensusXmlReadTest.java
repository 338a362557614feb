package org.opencsc.returns.census.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.returns.census.CensusMessage;

/** Every way a census file can be broken gives problems, with line and column, and no message. */
class CensusXmlReadTest {

    private static final String GOOD = CensusXmlWriteTest.text(RichMessage.build());

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused(new byte[0])).containsExactly(new FileProblem(1, 1, "The file is empty."));
    }

    @Test
    void aBlankFileIsRefused() {
        List<FileProblem> problems = refused("  \n\n ");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no XML"));
    }

    @Test
    void aFileThatIsNotXmlIsRefused() {
        List<FileProblem> problems = refused("LAchildID,UPN,Sex\nABC123,A123456789012,M\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("not an XML file");
        });
    }

    @Test
    void aTruncatedFileIsRefusedWhereItEnds() {
        String cut = GOOD.substring(0, GOOD.indexOf("<Section47>"));

        List<FileProblem> problems = refused(cut);

        assertThat(problems).last().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lines(cut));
            assertThat(p.message()).contains("cut off (truncated)", "CINdetails");
        });
    }

    @Test
    void aFileThatSaysItIsInAnotherEncodingIsRefused() {
        String latin1 = GOOD.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

        List<FileProblem> problems = refused(latin1.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(31);
            assertThat(p.message()).contains("\"ISO-8859-1\"", "must be UTF-8");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyAre() {
        String windows = GOOD.replace("<SoftwareCode>OpenCSC</SoftwareCode>", "<SoftwareCode>Café</SoftwareCode>");

        List<FileProblem> problems = refused(windows.getBytes(StandardCharsets.ISO_8859_1));

        int line = lineOf(windows, "<SoftwareCode>");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo("      <SoftwareCode>Caf".length() + 1);
            assertThat(p.message()).contains("not valid UTF-8", "0xE9");
        });
    }

    @Test
    void aUtf16FileIsRefused() {
        List<FileProblem> problems = refused(GOOD.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16"));
    }

    @Test
    void aCorrectUtf8FileWithAccentsAndAByteOrderMarkIsRead() {
        String accented = GOOD.replace("<Release>test</Release>", "<Release>été</Release>");
        byte[] body = accented.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        CensusFile file = CensusXml.read(new ByteArrayInputStream(withBom));

        assertThat(file.problems()).isEmpty();
        assertThat(file.message()).map(m -> m.header().release()).contains("été");
    }

    @Test
    void anUnknownCodeIsRefusedOnceWithTheItemTheValueAndWhereItIs() {
        String bad = GOOD.replace("<ReasonForClosure>RC2</ReasonForClosure>", "<ReasonForClosure>RC10</ReasonForClosure>");

        List<FileProblem> problems = refused(bad);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(bad, "<ReasonForClosure>"));
            assertThat(p.message()).isEqualTo("ReasonForClosure: 'RC10' is not a code the census allows. "
                    + "It must be one of: RC1, RC2, RC3, RC4, RC5, RC6, RC7, RC8, RC9.");
        });
    }

    @Test
    void everyProblemInTheFileIsListedNotOnlyTheFirst() {
        String bad = GOOD.replace("<Sex>M</Sex>", "<Sex>1</Sex>")
                .replace("<ReferralSource>3E</ReferralSource>", "<ReferralSource>3G</ReferralSource>")
                .replace("<CINreferralDate>2025-04-02</CINreferralDate>", "<CINreferralDate>02/04/2025</CINreferralDate>")
                .replace("<AssessmentFactors>16A</AssessmentFactors>", "<AssessmentFactors>18A</AssessmentFactors>");

        List<FileProblem> problems = refused(bad);

        assertThat(problems).extracting(FileProblem::line).containsExactly(lineOf(bad, "<Sex>"),
                lineOf(bad, "<CINreferralDate>02"), lineOf(bad, "<ReferralSource>3G"), lineOf(bad, ">18A<"));
        assertThat(problems).extracting(FileProblem::message).containsExactly(
                "Sex: '1' is not a code the census allows. It must be one of: M, F, U.",
                "CINreferralDate: '02/04/2025' is not a date. Write dates as YYYY-MM-DD, e.g. 2025-06-02.",
                "ReferralSource: '3G' is not a code the census allows. It must be one of: 1A, 1B, 1C, 1D, 2A, 2B, "
                        + "3A, 3B, 3C, 3D, 3E, 3F and 10 more (see the specification).",
                "AssessmentFactors: '18A' is not a code the census allows. It must be one of: 1A, 1B, 1C, 2A, 2B, "
                        + "2C, 3A, 3B, 3C, 4A, 4B, 4C and 30 more (see the specification).");
    }

    @Test
    void valuesInTheWrongFormSayWhatTheFormIs() {
        String bad = GOOD.replaceFirst("<UPN>A123456789012</UPN>", "<UPN>A12345</UPN>")
                .replace("<LAchildID>ABC123</LAchildID>", "<LAchildID>ABC-123</LAchildID>")
                .replace("<PersonDeathDate>2026-02-01</PersonDeathDate>", "<PersonDeathDate></PersonDeathDate>")
                .replace("<NumberOfPreviousCPP>1</NumberOfPreviousCPP>", "<NumberOfPreviousCPP>-1</NumberOfPreviousCPP>");

        assertThat(refused(bad)).extracting(FileProblem::message).containsExactly(
                "LAchildID: 'ABC-123' is not in the right form. It must be letters and digits only, at most 20.",
                "UPN: 'A12345' is not in the right form. It must be a letter, 11 digits, then a digit or a letter "
                        + "(13 characters).",
                "PersonDeathDate is empty: give a value, or leave the item out if it is optional.",
                "NumberOfPreviousCPP: -1 is too small (it must be at least 0).");
    }

    @Test
    void itemsInTheWrongOrderAreRefused() {
        String bad = GOOD.replaceFirst("(<CINreferralDate>2025-04-02</CINreferralDate>)(\\s*)(<ReferralSource>3E</ReferralSource>)",
                "$3$2$1");

        List<FileProblem> problems = refused(bad);

        assertThat(problems).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(bad, "<ReferralSource>3E"));
            assertThat(p.message()).isEqualTo("'ReferralSource' is not expected here (in CINdetails): the next item "
                    + "should be CINreferralDate. Items must be in the order the specification gives, and only the "
                    + "items it defines (check the spelling, which is case-sensitive).");
        });
    }

    @Test
    void aMissingRequiredItemIsRefused() {
        String bad = GOOD.replace("<Sex>M</Sex>", "");

        List<FileProblem> problems = refused(bad);

        assertThat(problems).first().satisfies(p -> assertThat(p.message()).contains("Sex"));
    }

    @Test
    void theOldGenderItemIsRefusedForSex() {
        String bad = GOOD.replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>");

        assertThat(refused(bad)).first().satisfies(p -> assertThat(p.message())
                .startsWith("'GenderCurrent' is not expected here (in ChildIdentifiers)"));
    }

    @Test
    void aFileThatIsNotACensusIsRefused() {
        assertThat(refused("<?xml version=\"1.0\"?>\n<Invoice><Total>3</Total></Invoice>"))
                .first().satisfies(p -> assertThat(p.message()).contains("not a Children in Need census file"));
    }

    @Test
    void aBrokenTagIsRefusedWithWhereItIs() {
        String bad = GOOD.replace("</LEA>", "</LAE>");

        assertThat(refused(bad)).last().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(bad, "</LAE>"));
            assertThat(p.message()).contains("LEA is not closed where it should be");
        });
    }

    @Test
    void theListOfProblemsStopsAtTheCapAndSaysSo() {
        String bad = GOOD.replace("<Ethnicity>", "<Ethnicity>X");

        List<FileProblem> problems = new CensusFileReader(CensusXml.schema(), CensusXml.MAX_BYTES, 2)
                .read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))).problems();

        assertThat(problems).hasSize(3);
        assertThat(problems.getLast().message()).startsWith("The check stopped after 2 problems");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedWithoutReadingItAll() {
        AtomicInteger served = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }
        };

        CensusFile file = new CensusFileReader(CensusXml.schema(), 100_000, 1000).read(endless);

        assertThat(file.message()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("The file is larger than 100000 bytes, the most a census file may be"));
        assertThat(served.get()).isLessThan(300_000);
        assertThat(CensusXml.MAX_BYTES).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void anUploadThatBreaksOffIsRefused() {
        InputStream broken = new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("Connection reset");
                }
                return '<';
            }
        };

        assertThat(CensusXml.read(broken).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("could not be read to the end", "Connection reset"));
    }

    @Test
    void anExternalEntityIsNeverFetchedNorAFileRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4471");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            String xxe = GOOD.replace("<Message>", "<!DOCTYPE Message SYSTEM \"" + url + "/dtd\" [\n"
                    + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY remote SYSTEM \"" + url + "/entity\">\n"
                    + "  <!ENTITY % parameter SYSTEM \"" + url + "/parameter\"> %parameter;\n"
                    + "]>\n<Message>")
                    .replace("<SoftwareCode>OpenCSC</SoftwareCode>", "<SoftwareCode>&secret;&remote;</SoftwareCode>");

            List<FileProblem> problems = refused(xxe);

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("DOCTYPE");
            });
            assertThat(problems.toString()).doesNotContain("TOP-SECRET");
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEtcPasswdEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Message><Header><CollectionDetails/><Source><LEA>&x;</LEA></Source></Header><Children/></Message>";

        List<FileProblem> problems = refused(xxe);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
        assertThat(problems.toString()).doesNotContain("root:");
    }

    @Test
    void aBillionLaughsFileIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<Message><Header><CollectionDetails/><Source><LEA>&lol9;</LEA></Source></Header>"
                + "<Children/></Message>");

        List<FileProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(bomb.toString()));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        String bad = GOOD.replace("<SoftwareCode>OpenCSC</SoftwareCode>", "<SoftwareCode>&nbsp;</SoftwareCode>");

        assertThat(refused(bad)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(bad, "&nbsp;"));
            assertThat(p.message()).contains("'&nbsp;' is not something XML knows");
        });
    }

    @Test
    void aGoodFileIsReadWithNoOpenCscIds() {
        CensusFile file = CensusXml.read(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));

        CensusMessage message = file.message().orElseThrow();
        assertThat(message.children()).allSatisfy(child -> {
            assertThat(child.personId()).isNull();
            assertThat(child.cinDetails()).allSatisfy(e -> assertThat(e.sourceId()).isNull());
        });
    }

    @Test
    void spacesAroundDatesAndNumbersAndOneOrZeroForYesNoAreRead() {
        String relaxed = GOOD.replace("<CINreferralDate>2025-04-02</CINreferralDate>", "<CINreferralDate> 2025-04-02\n</CINreferralDate>")
                .replace("<ReferralNFA>false</ReferralNFA>", "<ReferralNFA>0</ReferralNFA>")
                .replace("<ICPCnotRequired>true</ICPCnotRequired>", "<ICPCnotRequired>1</ICPCnotRequired>");

        CensusFile file = CensusXml.read(new ByteArrayInputStream(relaxed.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.message()).contains(RichMessage.withoutIds(RichMessage.build()));
    }

    private static List<FileProblem> refused(String xml) {
        return refused(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FileProblem> refused(byte[] xml) {
        CensusFile file = CensusXml.read(new ByteArrayInputStream(xml));
        assertThat(file.message()).isEmpty();
        assertThat(file.problems()).isNotEmpty();
        return file.problems();
    }

    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as(fragment).isNotNegative();
        return lines(text.substring(0, at + 1));
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }
}
