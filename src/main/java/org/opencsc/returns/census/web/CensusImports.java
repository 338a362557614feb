package org.opencsc.returns.census.web;

import java.io.InputStream;
import java.util.List;
import org.opencsc.returns.census.load.CensusImport;
import org.opencsc.returns.census.load.ImportResult;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A census file imported from the pages, the API or the command line, logged alike: the import
 * writes (and shows) the history of every child in the file, so it is in the access log as a
 * listing of the people it wrote to, naming the file and how many children.
 */
@Service
public class CensusImports {

    private final CensusImport imports;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;

    CensusImports(CensusImport imports, AccessLog accessLog, JdbcClient jdbc) {
        this.imports = imports;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    /** Imports as {@code user}, who must be allowed to ({@link org.opencsc.returns.CensusAccess#canImport}). */
    public ImportResult importFile(InputStream in, String fileName, CurrentUser user, CensusReturn.Requester requester) {
        ImportResult result = imports.importFile(in, fileName, user);
        List<Long> people = result.importId() == null ? List.of() : jdbc.sql("""
                        SELECT person_id FROM referral WHERE census_import_id = :id
                        UNION SELECT id FROM person WHERE census_import_id = :id
                        """)
                .param("id", result.importId()).query(Long.class).list();
        String what = result.refused() ? "refused" : result.alreadyImported() ? "already imported" : "imported";
        accessLog.recordSearch(requester.username(), requester.channel(), requester.path(),
                "CIN census import of " + fileName + ": " + what + ", " + result.children()
                        + (result.children() == 1 ? " child" : " children"), people, List.of());
        return result;
    }
}
