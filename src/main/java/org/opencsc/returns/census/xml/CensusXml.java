package org.opencsc.returns.census.xml;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.xml.sax.SAXException;

/**
 * The Children in Need census as XML: the 2025-26 schema ({@link #SCHEMA_RESOURCE}), a
 * streaming writer, and a reader that refuses a file whole, with every problem and where it is,
 * unless it is well-formed UTF-8 that the schema accepts.
 *
 * <p>The reader never resolves anything outside the file: a DOCTYPE is refused (so no external
 * entity can be read and no entity can be expanded), and neither the schema check nor the parser
 * may fetch a DTD or schema.
 */
public final class CensusXml {

    /** The 2025-26 message schema, on the classpath. */
    public static final String SCHEMA_RESOURCE = "/returns/census/cin-census-2025-26.xsd";

    /**
     * The largest file read: 256 MiB. A 25,000-child message as OpenCSC writes it is about
     * 30 MB (see the benchmark), and the largest councils report fewer children than that; the
     * cap leaves room for several times that, and for files from systems that indent more.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /** Problems listed before the check stops: enough to see every pattern in a bad file. */
    public static final int MAX_PROBLEMS = 1_000;

    private static final Schema SCHEMA = loadSchema();

    private CensusXml() {
    }

    /** Writes a whole message (streaming: the XML is never built in memory). */
    public static void write(CensusMessage message, OutputStream out) {
        try (CensusXmlWriter writer = writer(out, message.header())) {
            for (CensusChild child : message.children()) {
                writer.write(child);
            }
        }
    }

    /**
     * Starts a message to be written child by child; close it to end the message (the stream
     * stays open: it is the caller's).
     */
    public static CensusXmlWriter writer(OutputStream out, CensusHeader header) {
        return new CensusXmlWriter(out, header);
    }

    /**
     * Reads a census file. Never throws for a bad file: a file that is not well-formed UTF-8 XML
     * accepted by the schema, is larger than {@link #MAX_BYTES}, or cannot be read at all comes
     * back with its problems and no message. Ids ({@code sourceId}, {@code personId}) are null.
     */
    public static CensusFile read(InputStream in) {
        return new CensusFileReader(SCHEMA, MAX_BYTES, MAX_PROBLEMS).read(in);
    }

    /** The compiled 2025-26 schema (thread-safe), for tests and for anyone validating a message. */
    public static Schema schema() {
        return SCHEMA;
    }

    private static Schema loadSchema() {
        URL xsd = CensusXml.class.getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("The census schema " + SCHEMA_RESOURCE + " is missing");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The census schema " + SCHEMA_RESOURCE + " does not compile", e);
        }
    }
}
