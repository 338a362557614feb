package org.opencsc.returns.census.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or why it was refused. A refused import ({@link #refused()}) loaded
 * nothing and has no id: {@code problems} says why, each with the line and column of the file
 * where the file itself was at fault, or the child whose records OpenCSC cannot hold.
 *
 * <p>{@code alreadyImported}: the same file (by SHA-256) was imported before and this is that
 * import's result; nothing changed. {@code added} counts the rows written by kind
 * ({@code referrals}, {@code assessments}, ...); {@code alreadyPresent} the file's records that
 * OpenCSC already held (an overlapping earlier file) and were left as they were. {@code notes}
 * are census items the records could not take (said rather than dropped silently).
 */
public record ImportResult(
        Long importId,
        String fileName,
        String sha256,
        boolean alreadyImported,
        Instant importedAt,
        String importedBy,
        int children,
        int childrenCreated,
        int childrenMatched,
        int childrenToDecide,
        Map<String, Integer> added,
        int alreadyPresent,
        List<String> notes,
        List<ImportProblem> problems) {

    public ImportResult {
        added = Map.copyOf(added);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    static ImportResult refused(String fileName, String sha256, List<ImportProblem> problems) {
        return new ImportResult(null, fileName, sha256, false, null, null, 0, 0, 0, 0, Map.of(), 0, List.of(), problems);
    }

    ImportResult asAlreadyImported() {
        return new ImportResult(importId, fileName, sha256, true, importedAt, importedBy, children, childrenCreated,
                childrenMatched, childrenToDecide, added, alreadyPresent, notes, problems);
    }
}
