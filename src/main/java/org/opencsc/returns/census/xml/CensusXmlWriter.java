package org.opencsc.returns.census.xml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.PreProceedings;
import org.opencsc.returns.census.Section47;

/**
 * Writes a census message child by child, so a large council's return never has to be held as a
 * document: {@link CensusXml#writer} writes the header and opens {@code Children}, each
 * {@link #write(CensusChild)} writes one {@code Child}, and {@link #close()} ends the message.
 * Elements come in the schema's order; a missing optional item is left out (never an empty
 * element); dates are ISO (YYYY-MM-DD); yes/no items are {@code true}/{@code false}.
 *
 * <p>{@link #close()} flushes but does not close the stream, which belongs to the caller. A
 * writer is not thread-safe.
 */
public final class CensusXmlWriter implements AutoCloseable {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** A new line and the indent for each depth (a census message is at most 7 deep). */
    private static final String[] NEW_LINES = new String[12];

    static {
        for (int depth = 0; depth < NEW_LINES.length; depth++) {
            NEW_LINES[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final OutputStream buffer;
    private final XMLStreamWriter xml;
    private int depth;
    private boolean closed;
    /** Set when writing stopped part-way: the message is then left unfinished, never made to look whole. */
    private boolean broken;

    CensusXmlWriter(OutputStream out, CensusHeader header) {
        this.buffer = new BufferedOutputStream(out, 64 * 1024);
        try {
            // A factory per message: the JDK's may reuse a writer between calls, which is not thread-safe.
            this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            open("Message");
            writeHeader(header);
            open("Children");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Writes one child, with all its episodes. A value XML cannot carry (a control character) is
     * refused with an {@link IllegalArgumentException} before anything of the child is written, so
     * the caller can report that child and go on with the rest.
     */
    public void write(CensusChild child) {
        if (closed) {
            throw new IllegalStateException("The census message has already been closed");
        }
        if (broken) {
            throw new IllegalStateException("Writing the census message failed part-way; it cannot be continued");
        }
        checkText(child);
        broken = true;
        try {
            open("Child");
            writeIdentifiers(child.identifiers());
            writeCharacteristics(child.characteristics());
            for (CinDetails episode : child.cinDetails()) {
                writeEpisode(episode);
            }
            end();
            broken = false;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Ends {@code Children} and {@code Message} and flushes; the caller closes the stream. If a
     * write failed part-way, only flushes: the output stays visibly incomplete.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (broken) {
                xml.flush();
                buffer.flush();
                return;
            }
            end();
            end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the census XML", e);
        }
    }

    private void writeHeader(CensusHeader header) throws XMLStreamException {
        open("Header");
        open("CollectionDetails");
        item("Collection", header.collection());
        item("Year", header.year());
        item("ReferenceDate", header.referenceDate());
        end();
        open("Source");
        item("SourceLevel", header.sourceLevel());
        item("LEA", header.lea());
        item("SoftwareCode", header.softwareCode());
        item("Release", header.release());
        item("SerialNo", header.serialNo());
        item("DateTime", header.dateTime() == null ? null : DATE_TIME.format(header.dateTime()));
        end();
        end();
    }

    private void writeIdentifiers(ChildIdentifiers ids) throws XMLStreamException {
        open("ChildIdentifiers");
        item("LAchildID", ids.laChildId());
        item("UPN", ids.upn());
        item("FormerUPN", ids.formerUpn());
        item("UPNunknown", ids.upnUnknown());
        item("PersonBirthDate", ids.personBirthDate());
        item("ExpectedPersonBirthDate", ids.expectedPersonBirthDate());
        item("Sex", ids.sex());
        item("PersonDeathDate", ids.personDeathDate());
        end();
    }

    private void writeCharacteristics(ChildCharacteristics characteristics) throws XMLStreamException {
        open("ChildCharacteristics");
        item("Ethnicity", characteristics.ethnicity());
        list("Disabilities", "Disability", characteristics.disabilities());
        end();
    }

    private void writeEpisode(CinDetails episode) throws XMLStreamException {
        open("CINdetails");
        item("CINreferralDate", episode.cinReferralDate());
        item("ReferralSource", episode.referralSource());
        item("PrimaryNeedCode", episode.primaryNeedCode());
        item("CINclosureDate", episode.cinClosureDate());
        item("ReasonForClosure", episode.reasonForClosure());
        item("DateOfInitialCPC", episode.dateOfInitialCpc());
        for (Assessment assessment : episode.assessments()) {
            open("Assessments");
            item("AssessmentActualStartDate", assessment.actualStartDate());
            item("AssessmentInternalReviewDate", assessment.internalReviewDate());
            item("AssessmentAuthorisationDate", assessment.authorisationDate());
            list("FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.factors());
            end();
        }
        for (CinPlanDates plan : episode.cinPlanDates()) {
            open("CINPlanDates");
            item("CINPlanStartDate", plan.startDate());
            item("CINPlanEndDate", plan.endDate());
            end();
        }
        for (Section47 enquiry : episode.section47s()) {
            open("Section47");
            item("S47ActualStartDate", enquiry.actualStartDate());
            item("InitialCPCtarget", enquiry.initialCpcTarget());
            item("DateOfInitialCPC", enquiry.dateOfInitialCpc());
            item("ICPCnotRequired", enquiry.icpcNotRequired());
            end();
        }
        item("ReferralNFA", episode.referralNfa());
        for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
            open("ChildProtectionPlans");
            item("CPPstartDate", plan.startDate());
            item("CPPendDate", plan.endDate());
            item("InitialCategoryOfAbuse", plan.initialCategoryOfAbuse());
            item("LatestCategoryOfAbuse", plan.latestCategoryOfAbuse());
            item("NumberOfPreviousCPP", plan.numberOfPreviousCpp());
            list("Reviews", "CPPreviewDate", plan.reviewDates());
            end();
        }
        for (PreProceedings pre : episode.preProceedings()) {
            open("PreProceedingsandFGDM");
            // the specification's order (N00826 to N00833, then the court application)
            item("PPStartDate", pre.ppStartDate());
            item("LBPSentDate", pre.lbpSentDate());
            item("FGDMMeetingOffer", pre.fgdmMeetingOffer());
            item("FGDMMeetingFac", pre.fgdmMeetingFac());
            item("InitialPPMeetingDate", pre.initialPpMeetingDate());
            item("ReviewMeetingsCount", pre.reviewMeetingsCount());
            item("StepDecisionDate", pre.stepDecisionDate());
            item("PPOutcome", pre.ppOutcome());
            item("CourtAppDate", pre.courtAppDate());
            item("LetterInitCPDate", pre.letterInitCpDate());
            end();
        }
        end();
    }

    /** A container of repeated items, left out when there are none (the schema needs at least one). */
    private void list(String container, String name, List<?> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        open(container);
        for (Object value : values) {
            item(name, value);
        }
        end();
    }

    private void item(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        String text = switch (value) {
            case LocalDate date -> date.toString();
            case LocalDateTime dateTime -> DATE_TIME.format(dateTime);
            case Boolean yes -> yes.toString();
            default -> value.toString();
        };
        if (text.isEmpty()) {
            return;
        }
        requireXmlCharacters(name, text);
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void open(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters(NEW_LINES[depth]);
    }

    private static void checkText(CensusChild child) {
        ChildIdentifiers ids = child.identifiers();
        requireXmlCharacters("LAchildID", ids.laChildId());
        requireXmlCharacters("UPN", ids.upn());
        requireXmlCharacters("FormerUPN", ids.formerUpn());
        requireXmlCharacters("UPNunknown", ids.upnUnknown());
        requireXmlCharacters("Sex", ids.sex());
        requireXmlCharacters("Ethnicity", child.characteristics().ethnicity());
        child.characteristics().disabilities().forEach(code -> requireXmlCharacters("Disability", code));
        for (CinDetails episode : child.cinDetails()) {
            requireXmlCharacters("ReferralSource", episode.referralSource());
            requireXmlCharacters("PrimaryNeedCode", episode.primaryNeedCode());
            requireXmlCharacters("ReasonForClosure", episode.reasonForClosure());
            episode.assessments().forEach(a -> a.factors().forEach(f -> requireXmlCharacters("AssessmentFactors", f)));
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                requireXmlCharacters("InitialCategoryOfAbuse", plan.initialCategoryOfAbuse());
                requireXmlCharacters("LatestCategoryOfAbuse", plan.latestCategoryOfAbuse());
            }
            episode.preProceedings().forEach(p -> requireXmlCharacters("PPOutcome", p.ppOutcome()));
        }
    }

    /** XML 1.0 cannot carry control characters; writing one would make a file nobody can read. */
    private static void requireXmlCharacters(String name, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException(
                        name + " contains a control character (U+" + String.format("%04X", (int) c)
                                + ") that XML cannot carry");
            }
        }
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException("Could not write the census XML", new IOException(e));
    }
}
