package org.opencsc.returns.census.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.validation.Schema;
import org.opencsc.returns.census.CensusMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read of a census file: spool it to a temporary file (size cap, UTF-8 check), check it
 * against the schema collecting every problem, and only when there are none, parse it. The
 * temporary file (readable by its owner only) is deleted whatever happens.
 */
final class CensusFileReader {

    private static final Logger log = LoggerFactory.getLogger(CensusFileReader.class);

    private final Schema schema;
    private final long maxBytes;
    private final int maxProblems;

    CensusFileReader(Schema schema, long maxBytes, int maxProblems) {
        this.schema = schema;
        this.maxBytes = maxBytes;
        this.maxProblems = maxProblems;
    }

    CensusFile read(InputStream in) {
        Path spool = null;
        try {
            spool = Files.createTempFile("opencsc-cin-census-", ".xml");
            Optional<FileProblem> notReadable = new SpooledFile(maxBytes).copy(in, spool);
            if (notReadable.isPresent()) {
                return CensusFile.refused(List.of(notReadable.get()));
            }
            List<FileProblem> problems = new SchemaCheck(schema, maxProblems).check(spool);
            if (!problems.isEmpty()) {
                return CensusFile.refused(problems);
            }
            return parse(spool);
        } catch (IOException e) {
            log.warn("A census file could not be read", e);
            return CensusFile.refused(List.of(new FileProblem(1, 1,
                    "The file could not be read to the end (was the upload interrupted?): " + e.getMessage())));
        } finally {
            delete(spool);
        }
    }

    private static CensusFile parse(Path spool) throws IOException {
        try {
            CensusMessage message = MessageParser.parse(spool);
            return CensusFile.accepted(message);
        } catch (XMLStreamException e) {
            return CensusFile.refused(List.of(MessageParser.problemAt(e)));
        } catch (RuntimeException e) {
            // The schema has accepted the file, so this is a gap between it and the parser.
            log.error("A census file the schema accepted could not be mapped", e);
            return CensusFile.refused(List.of(new FileProblem(1, 1,
                    "The file could not be read although it is in the census format: " + e.getMessage())));
        }
    }

    private static void delete(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            log.warn("Could not delete the temporary census file {}", spool, e);
        }
    }
}
