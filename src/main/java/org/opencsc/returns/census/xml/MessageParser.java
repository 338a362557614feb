package org.opencsc.returns.census.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.PreProceedings;
import org.opencsc.returns.census.Section47;

/**
 * Reads a file the schema has accepted into the message model, with StAX (DTDs and external
 * entities off, though a file with a DOCTYPE never gets this far). Because the schema has
 * checked every item's place and form, this only maps names to fields; dates, yes/no items and
 * numbers are trimmed first, as the schema allows spaces around them.
 */
final class MessageParser {

    private final XMLStreamReader xml;

    private MessageParser(XMLStreamReader xml) {
        this.xml = xml;
    }

    static CensusMessage parse(Path file) throws IOException, XMLStreamException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            // A factory per file: the JDK's may reuse a reader between calls, which is not thread-safe.
            XMLStreamReader xml = inputFactory().createXMLStreamReader(in);
            try {
                return new MessageParser(xml).message();
            } finally {
                xml.close();
            }
        }
    }

    /** Where the parser is, for a problem found while mapping. */
    static FileProblem problemAt(XMLStreamException e) {
        var location = e.getLocation();
        int line = location == null ? 1 : Math.max(1, location.getLineNumber());
        int column = location == null ? 1 : Math.max(1, location.getColumnNumber());
        return new FileProblem(line, column, "The file could not be read here: " + e.getMessage());
    }

    private CensusMessage message() throws XMLStreamException {
        xml.nextTag();
        CensusHeader header = null;
        List<CensusChild> children = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "Header" -> header = header();
                case "Children" -> {
                    while (nextChild()) {
                        children.add(child());
                    }
                }
                default -> skip();
            }
        }
        return new CensusMessage(header, children);
    }

    private CensusHeader header() throws XMLStreamException {
        String collection = null;
        String year = null;
        LocalDate referenceDate = null;
        String sourceLevel = null;
        String lea = null;
        String softwareCode = null;
        String release = null;
        String serialNo = null;
        LocalDateTime dateTime = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "CollectionDetails" -> {
                    while (nextChild()) {
                        switch (xml.getLocalName()) {
                            case "Collection" -> collection = text();
                            case "Year" -> year = text();
                            case "ReferenceDate" -> referenceDate = date();
                            default -> skip();
                        }
                    }
                }
                case "Source" -> {
                    while (nextChild()) {
                        switch (xml.getLocalName()) {
                            case "SourceLevel" -> sourceLevel = text();
                            case "LEA" -> lea = text();
                            case "SoftwareCode" -> softwareCode = text();
                            case "Release" -> release = text();
                            case "SerialNo" -> serialNo = text();
                            case "DateTime" -> dateTime = dateTime();
                            default -> skip();
                        }
                    }
                }
                default -> skip();
            }
        }
        return new CensusHeader(collection, year, referenceDate, sourceLevel, lea, softwareCode, release,
                serialNo, dateTime);
    }

    private CensusChild child() throws XMLStreamException {
        ChildIdentifiers identifiers = null;
        ChildCharacteristics characteristics = null;
        List<CinDetails> episodes = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "ChildIdentifiers" -> identifiers = identifiers();
                case "ChildCharacteristics" -> characteristics = characteristics();
                case "CINdetails" -> episodes.add(episode());
                default -> skip();
            }
        }
        return new CensusChild(identifiers, characteristics, episodes, null);
    }

    private ChildIdentifiers identifiers() throws XMLStreamException {
        String laChildId = null;
        String upn = null;
        String formerUpn = null;
        String upnUnknown = null;
        LocalDate birth = null;
        LocalDate expectedBirth = null;
        String sex = null;
        LocalDate death = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "LAchildID" -> laChildId = text();
                case "UPN" -> upn = text();
                case "FormerUPN" -> formerUpn = text();
                case "UPNunknown" -> upnUnknown = text();
                case "PersonBirthDate" -> birth = date();
                case "ExpectedPersonBirthDate" -> expectedBirth = date();
                case "Sex" -> sex = text();
                case "PersonDeathDate" -> death = date();
                default -> skip();
            }
        }
        return new ChildIdentifiers(laChildId, upn, formerUpn, upnUnknown, birth, expectedBirth, sex, death);
    }

    private ChildCharacteristics characteristics() throws XMLStreamException {
        String ethnicity = null;
        List<String> disabilities = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "Ethnicity" -> ethnicity = text();
                case "Disabilities" -> {
                    while (nextChild()) {
                        disabilities.add(text());
                    }
                }
                default -> skip();
            }
        }
        return new ChildCharacteristics(ethnicity, disabilities);
    }

    private CinDetails episode() throws XMLStreamException {
        LocalDate referralDate = null;
        String referralSource = null;
        String primaryNeed = null;
        LocalDate closureDate = null;
        String reasonForClosure = null;
        LocalDate initialCpc = null;
        Boolean referralNfa = null;
        List<Assessment> assessments = new ArrayList<>();
        List<CinPlanDates> cinPlans = new ArrayList<>();
        List<Section47> section47s = new ArrayList<>();
        List<ChildProtectionPlan> cpPlans = new ArrayList<>();
        List<PreProceedings> preProceedings = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "CINreferralDate" -> referralDate = date();
                case "ReferralSource" -> referralSource = text();
                case "PrimaryNeedCode" -> primaryNeed = text();
                case "CINclosureDate" -> closureDate = date();
                case "ReasonForClosure" -> reasonForClosure = text();
                case "DateOfInitialCPC" -> initialCpc = date();
                case "Assessments" -> assessments.add(assessment());
                case "CINPlanDates" -> cinPlans.add(cinPlan());
                case "Section47" -> section47s.add(section47());
                case "ReferralNFA" -> referralNfa = yesNo();
                case "ChildProtectionPlans" -> cpPlans.add(cpPlan());
                case "PreProceedingsandFGDM" -> preProceedings.add(preProceedings());
                default -> skip();
            }
        }
        return new CinDetails(referralDate, referralSource, primaryNeed, closureDate, reasonForClosure, initialCpc,
                assessments, cinPlans, section47s, referralNfa, cpPlans, preProceedings, null);
    }

    private Assessment assessment() throws XMLStreamException {
        LocalDate start = null;
        LocalDate internalReview = null;
        LocalDate authorised = null;
        List<String> factors = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "AssessmentActualStartDate" -> start = date();
                case "AssessmentInternalReviewDate" -> internalReview = date();
                case "AssessmentAuthorisationDate" -> authorised = date();
                case "FactorsIdentifiedAtAssessment" -> {
                    while (nextChild()) {
                        factors.add(text());
                    }
                }
                default -> skip();
            }
        }
        return new Assessment(start, internalReview, authorised, factors, null);
    }

    private CinPlanDates cinPlan() throws XMLStreamException {
        LocalDate start = null;
        LocalDate end = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "CINPlanStartDate" -> start = date();
                case "CINPlanEndDate" -> end = date();
                default -> skip();
            }
        }
        return new CinPlanDates(start, end, null);
    }

    private Section47 section47() throws XMLStreamException {
        LocalDate start = null;
        LocalDate target = null;
        LocalDate held = null;
        Boolean notRequired = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "S47ActualStartDate" -> start = date();
                case "InitialCPCtarget" -> target = date();
                case "DateOfInitialCPC" -> held = date();
                case "ICPCnotRequired" -> notRequired = yesNo();
                default -> skip();
            }
        }
        return new Section47(start, target, held, notRequired, null);
    }

    private ChildProtectionPlan cpPlan() throws XMLStreamException {
        LocalDate start = null;
        LocalDate end = null;
        String initial = null;
        String latest = null;
        Integer previous = null;
        List<LocalDate> reviews = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "CPPstartDate" -> start = date();
                case "CPPendDate" -> end = date();
                case "InitialCategoryOfAbuse" -> initial = text();
                case "LatestCategoryOfAbuse" -> latest = text();
                case "NumberOfPreviousCPP" -> previous = Integer.valueOf(text().strip());
                case "Reviews" -> {
                    while (nextChild()) {
                        reviews.add(date());
                    }
                }
                default -> skip();
            }
        }
        return new ChildProtectionPlan(start, end, initial, latest, previous, reviews, null);
    }

    private PreProceedings preProceedings() throws XMLStreamException {
        LocalDate start = null;
        LocalDate letterSent = null;
        Boolean fgdmOffered = null;
        Boolean fgdmHeld = null;
        LocalDate initialMeeting = null;
        Integer reviews = null;
        LocalDate stepDecision = null;
        String outcome = null;
        LocalDate courtApplication = null;
        LocalDate issueLetter = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "PPStartDate" -> start = date();
                case "LBPSentDate" -> letterSent = date();
                case "FGDMMeetingOffer" -> fgdmOffered = yesNo();
                case "FGDMMeetingFac" -> fgdmHeld = yesNo();
                case "InitialPPMeetingDate" -> initialMeeting = date();
                case "ReviewMeetingsCount" -> reviews = Integer.valueOf(text().strip());
                case "StepDecisionDate" -> stepDecision = date();
                case "PPOutcome" -> outcome = text();
                case "CourtAppDate" -> courtApplication = date();
                case "LetterInitCPDate" -> issueLetter = date();
                default -> skip();
            }
        }
        return new PreProceedings(start, letterSent, fgdmOffered, fgdmHeld, initialMeeting, reviews, stepDecision,
                outcome, courtApplication, issueLetter, null);
    }

    /** Moves to the next child element; false at the end of the current element. */
    private boolean nextChild() throws XMLStreamException {
        return xml.nextTag() == XMLStreamConstants.START_ELEMENT;
    }

    private String text() throws XMLStreamException {
        return xml.getElementText();
    }

    private LocalDate date() throws XMLStreamException {
        return LocalDate.parse(text().strip());
    }

    /** The local date and time as written; a time zone, which the schema allows, is dropped. */
    private LocalDateTime dateTime() throws XMLStreamException {
        return LocalDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse(text().strip()));
    }

    private Boolean yesNo() throws XMLStreamException {
        String value = text().strip();
        return value.equals("true") || value.equals("1");
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
