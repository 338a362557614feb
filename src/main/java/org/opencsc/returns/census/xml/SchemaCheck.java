package org.opencsc.returns.census.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the file once with the schema attached and collects every problem, well-formedness and
 * schema alike, with its line and column, up to a cap. DOCTYPE declarations are refused before
 * anything in them is acted on, so no external entity is fetched and no entity is expanded.
 */
final class SchemaCheck {

    /** Deeper than any census message (which is at most 6 levels deep) by far. */
    private static final String MAX_ELEMENT_DEPTH = "64";

    private final Schema schema;
    private final int maxProblems;

    SchemaCheck(Schema schema, int maxProblems) {
        this.schema = schema;
        this.maxProblems = maxProblems;
    }

    List<FileProblem> check(Path file) throws IOException {
        Collector collector = new Collector();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            parser().parse(new InputSource(in), collector);
        } catch (Stop | SAXParseException e) {
            // Stop: the cap was reached. SAXParseException: a fatal error, already collected.
        } catch (SAXException e) {
            collector.problems.add(new FileProblem(collector.line(), collector.column(),
                    "The file could not be read: " + e.getMessage()));
        }
        return collector.problems;
    }

    private SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setSchema(schema);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                parser.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
            } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                // An older JDK: the schema still refuses deep files, only later.
            }
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be configured securely", e);
        }
    }

    /** Thrown to end the check once enough problems have been listed. */
    private static final class Stop extends SAXException {
        Stop() {
            super("Too many problems");
        }
    }

    private final class Collector extends DefaultHandler {
        final List<FileProblem> problems = new ArrayList<>();
        /** The open elements, outermost last; bounded by the maximum depth. */
        private final Deque<String> open = new ArrayDeque<>();
        private boolean anyElement;
        private org.xml.sax.Locator locator;
        private int lastLine = -1;
        private int lastColumn = -1;

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            anyElement = true;
            open.push(localName.isEmpty() ? qName : localName);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.poll();
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            record(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            record(e);
            throw e;
        }

        @Override
        public void warning(SAXParseException e) {
            // Schema warnings do not make a file unreadable.
        }

        private void record(SAXParseException e) throws SAXException {
            int line = Math.max(1, e.getLineNumber());
            int column = Math.max(1, e.getColumnNumber());
            String raw = String.valueOf(e.getMessage());
            boolean samePlace = line == lastLine && column == lastColumn;
            // Xerces follows a bad value with a second, vaguer message about the same element.
            if (samePlace && ProblemWording.isFollowUp(raw)) {
                return;
            }
            add(line, column, ProblemWording.explain(raw, open.peek(), parentOf(), anyElement));
        }

        private String parentOf() {
            var it = open.iterator();
            if (it.hasNext()) {
                it.next();
            }
            return it.hasNext() ? it.next() : null;
        }

        void add(int line, int column, String message) throws Stop {
            lastLine = line;
            lastColumn = column;
            problems.add(new FileProblem(line, column, message));
            if (problems.size() >= maxProblems) {
                problems.add(new FileProblem(line, column, "The check stopped after " + maxProblems
                        + " problems; there may be more after this point. Fix these and check the file again."));
                throw new Stop();
            }
        }

        int line() {
            return locator == null ? 1 : Math.max(1, locator.getLineNumber());
        }

        int column() {
            return locator == null ? 1 : Math.max(1, locator.getColumnNumber());
        }
    }
}
