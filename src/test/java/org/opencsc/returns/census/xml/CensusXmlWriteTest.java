package org.opencsc.returns.census.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.rules.CensusSamples;
import org.xml.sax.SAXException;

class CensusXmlWriteTest {

    @Test
    void aMessageWithEveryModuleReadsBackEqualToTheOriginal() {
        CensusMessage original = RichMessage.build();

        CensusFile file = CensusXml.read(new ByteArrayInputStream(bytes(original)));

        assertThat(file.problems()).isEmpty();
        assertThat(file.message()).contains(RichMessage.withoutIds(original));
    }

    @Test
    void whatIsWrittenIsValidAgainstTheSchema() throws IOException, SAXException {
        for (CensusMessage message : List.of(RichMessage.build(),
                new CensusMessage(CensusSamples.header().build(), List.of(CensusSamples.child().build())),
                new CensusMessage(CensusSamples.header().build(), List.of()))) {
            CensusXml.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes(message))));
        }
    }

    @Test
    void itemsComeInTheSchemaOrderWithIsoDatesAndTrueOrFalse() {
        String xml = text(RichMessage.build());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>");
        assertThat(xml).containsSubsequence("<CINreferralDate>2025-04-02</CINreferralDate>",
                "<ReferralSource>3E</ReferralSource>", "<PrimaryNeedCode>N1</PrimaryNeedCode>",
                "<CINclosureDate>2026-02-01</CINclosureDate>", "<ReasonForClosure>RC2</ReasonForClosure>",
                "<DateOfInitialCPC>2025-05-01</DateOfInitialCPC>", "<Assessments>", "<CINPlanDates>",
                "<Section47>", "<ICPCnotRequired>false</ICPCnotRequired>", "<ICPCnotRequired>true</ICPCnotRequired>",
                "<ReferralNFA>false</ReferralNFA>", "<ChildProtectionPlans>",
                "<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "<Reviews>", "<CPPreviewDate>2025-07-30</CPPreviewDate>",
                "<PreProceedingsandFGDM>", "<ReferralNFA>true</ReferralNFA>");
        assertThat(xml).contains("<DateTime>2026-04-10T09:30:00</DateTime>");
        assertThat(xml).contains("\n        <LAchildID>ABC123</LAchildID>\n");
    }

    @Test
    void missingOptionalItemsAreLeftOutNeverWrittenEmpty() {
        String xml = text(RichMessage.build());

        assertThat(Pattern.compile("<(\\w+)>\\s*</\\1>|<\\w+/>").matcher(xml).find()).isFalse();
        // The unborn child has no UPN, birth date or disabilities; the second assessment no factors.
        String unborn = xml.substring(xml.indexOf("<LAchildID>UNBORN9"), xml.indexOf("</ChildCharacteristics>",
                xml.indexOf("<LAchildID>UNBORN9")));
        assertThat(unborn).doesNotContain("<UPN>", "<PersonBirthDate>", "<Disabilities>")
                .contains("<UPNunknown>UN10</UPNunknown>", "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>");
        assertThat(xml).contains("<AssessmentActualStartDate>2025-09-01</AssessmentActualStartDate>\n"
                + "        </Assessments>");
    }

    @Test
    void theStreamingWriterWritesTheSameMessageChildByChild() {
        CensusMessage message = RichMessage.build();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        try (CensusXmlWriter writer = CensusXml.writer(streamed, message.header())) {
            for (CensusChild child : message.children()) {
                writer.write(child);
            }
        }

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(text(message));
    }

    @Test
    void aWriterCannotBeUsedAfterItIsClosed() {
        CensusXmlWriter writer = CensusXml.writer(new ByteArrayOutputStream(), CensusSamples.header().build());
        writer.close();

        assertThatThrownBy(() -> writer.write(CensusSamples.child().build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueXmlCannotCarryIsRefusedRatherThanWrittenBroken() {
        CensusSamples.HeaderBuilder header = CensusSamples.header();
        header.release = "v1\u0007";

        assertThatThrownBy(() -> CensusXml.write(new CensusMessage(header.build(), List.of()), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Release");
    }

    @Test
    void textIsEscaped() {
        CensusSamples.HeaderBuilder header = CensusSamples.header();
        header.softwareCode = "A&B <Care>";
        CensusMessage message = new CensusMessage(header.build(), List.of(CensusSamples.child().build()));

        CensusFile file = CensusXml.read(new ByteArrayInputStream(bytes(message)));

        assertThat(file.message()).map(m -> m.header().softwareCode()).contains("A&B <Care>");
    }

    static byte[] bytes(CensusMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusXml.write(message, out);
        return out.toByteArray();
    }

    static String text(CensusMessage message) {
        return new String(bytes(message), StandardCharsets.UTF_8);
    }
}
