package org.opencsc.returns.workforce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The workforce census as XML: written with StAX in the schema's order (a missing optional item is
 * left out, never written empty; dates ISO; flags 0 and 1), and checked against the schema OpenCSC
 * ships ({@link #SCHEMA_RESOURCE}). A council's census is a few hundred workers, so the message is
 * written from a list rather than streamed worker by worker as the CIN census is.
 */
public final class CswwXml {

    public static final String SCHEMA_RESOURCE = "/returns/workforce/csww-census.xsd";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Schema SCHEMA = loadSchema();

    private CswwXml() {
    }

    public static Schema schema() {
        return SCHEMA;
    }

    public static void write(CswwMessage message, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            Writer w = new Writer(xml);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.open("Message");
            w.open("Header");
            w.open("CollectionDetails");
            w.item("Collection", "CSWW");
            w.item("Year", String.valueOf(message.year().year()));
            w.item("ReferenceDate", message.year().referenceDate().toString());
            w.end();
            w.open("Source");
            w.item("SourceLevel", "L");
            w.item("LEA", message.lea());
            w.item("SoftwareCode", "OpenCSC");
            w.item("DateTime", DATE_TIME.format(message.writtenAt()));
            w.end();
            w.end();
            w.open("LALevelVacancies");
            w.item("NumberOfVacancies", message.vacancies().numberOfVacancies());
            w.item("NoAgencyFTE", message.vacancies().noAgencyFte());
            w.item("NoAgencyHeadcount", String.valueOf(message.vacancies().noAgencyHeadcount()));
            w.end();
            for (CswwWorker worker : message.workers()) {
                worker(w, worker);
            }
            w.end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the workforce census XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workforce census XML", e);
        }
    }

    private static void worker(Writer w, CswwWorker c) throws XMLStreamException {
        w.open("CSWWWorker");
        w.item("AgencyWorker", c.agencyWorker());
        w.item("SWENo", c.sweNo());
        w.item("FTE", c.fte());
        w.item("PersonBirthDate", c.personBirthDate() == null ? null : c.personBirthDate().toString());
        w.item("GenderCurrent", c.genderCurrent());
        w.item("Ethnicity", c.ethnicity());
        w.item("QualInst", c.qualInst());
        w.item("QualLevel", c.qualLevel());
        w.item("StepUpGrad", c.stepUpGrad());
        w.item("OrgRole", c.orgRole());
        w.item("RoleStartDate", c.roleStartDate() == null ? null : c.roleStartDate().toString());
        w.item("StartOrigin", c.startOrigin());
        w.item("RoleEndDate", c.roleEndDate() == null ? null : c.roleEndDate().toString());
        w.item("LeaverDestination", c.leaverDestination());
        w.item("ReasonLeave", c.reasonLeave());
        w.item("FTE30", c.fte30());
        w.item("Cases30", c.cases30() == null ? null : c.cases30().toString());
        w.item("WorkingDaysLost", c.workingDaysLost());
        w.item("ContractWeeks", c.contractWeeks());
        w.item("FrontlineGrad", c.frontlineGrad());
        w.item("Absat30Sept", c.absentOn30Sept());
        w.item("ReasonAbsence", c.reasonAbsence());
        w.end();
    }

    /** What the schema says of a written file: empty when it passes. At most 100 messages. */
    public static List<String> check(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML validator cannot be configured securely", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (problems.size() < 100) {
                    problems.add("Line " + e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            // a fatal error: already listed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema loadSchema() {
        URL xsd = CswwXml.class.getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("The workforce census schema " + SCHEMA_RESOURCE + " is missing");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The workforce census schema " + SCHEMA_RESOURCE + " does not compile", e);
        }
    }

    /** Indents as it goes, so the file can be read by the person checking it. */
    private static final class Writer {
        private final XMLStreamWriter xml;
        private int depth;

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void open(String name) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            depth++;
        }

        void end() throws XMLStreamException {
            depth--;
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEndElement();
        }

        void item(String name, BigDecimal value) throws XMLStreamException {
            item(name, value == null ? null : value.toPlainString());
        }

        void item(String name, String value) throws XMLStreamException {
            if (value == null) {
                return;
            }
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
