package org.opencsc.returns.census.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.plan.PlanContent;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.CensusAccess;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.xml.CensusFile;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads another system's Children in Need census into OpenCSC, for a council migrating its
 * history. The whole file is one transaction: a file OpenCSC cannot hold is refused with every
 * reason and nothing is loaded. The DfE rules do not block an import (the report shows them, to
 * be fixed in OpenCSC). The same file (by SHA-256) imported again changes nothing and answers
 * with the first import's result; an overlapping file adds only the records not already held.
 *
 * <p>Each child is matched by LAchildID, then UPN, then the duplicate check ({@link ChildMatcher});
 * an uncertain match is kept for a data officer to decide ({@link #decide}) and loaded only then.
 * Imported children are not allocated: their open referrals wait in the allocation queue, as a
 * new referral does.
 */
@Service
public class CensusImport {

    private final JdbcClient jdbc;
    private final ImportRepository imports;
    private final ChildMatcher matcher;
    private final EventLog eventLog;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    CensusImport(JdbcClient jdbc, ImportRepository imports, ChildMatcher matcher, EventLog eventLog,
                 WorkingDayCalendar calendar, TransactionTemplate tx, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.matcher = matcher;
        this.eventLog = eventLog;
        this.calendar = calendar;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Who may import a census and decide its uncertain matches: the data officer (returns.CensusAccess). */
    static void checkMayImport(CurrentUser user) {
        if (user == null || !CensusAccess.canImport(user.role())) {
            throw new RecordAccessDeniedException(CensusAccess.Operation.IMPORT.refusal());
        }
    }

    /**
     * Reads a census file (schema-checked first: a file with any problem is refused whole, with
     * each problem's line and column) and loads it as {@link #importMessage} does. The file is
     * known again by the SHA-256 of its bytes.
     */
    public ImportResult importFile(InputStream in, String fileName, CurrentUser user) {
        checkMayImport(user);
        MessageDigest digest = sha256();
        DigestInputStream hashing = new DigestInputStream(in, digest);
        CensusFile file = CensusXml.read(hashing);
        if (!file.isAccepted()) {
            return ImportResult.refused(fileName, null, file.problems().stream()
                    .map(p -> new ImportProblem(p.line(), p.column(), null, p.message())).toList());
        }
        try {
            // Whatever follows the message's end (a trailing newline) is part of the file's bytes too.
            hashing.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The reader has the whole message; a stream it closed has nothing more to hash.
        }
        return importMessage(file.message().orElseThrow(), fileName, HexFormat.of().formatHex(digest.digest()), user);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Loads a census message read from a file named {@code fileName} whose bytes hash to
     * {@code sha256} (lower-case hex).
     */
    public ImportResult importMessage(CensusMessage message, String fileName, String sha256, CurrentUser user) {
        checkMayImport(user);
        Optional<ImportResult> earlier = imports.findBySha(sha256);
        if (earlier.isPresent()) {
            return earlier.get().asAlreadyImported();
        }
        List<CensusChild> children = byLaChildId(message.children());
        List<ImportProblem> problems = ImportChecks.check(children);
        if (!problems.isEmpty()) {
            return ImportResult.refused(fileName, sha256, problems);
        }
        try {
            return tx.execute(status -> load(message, children, fileName, sha256, user));
        } catch (DataAccessException e) {
            // The same file imported at the same moment by someone else: theirs is the import.
            Optional<ImportResult> concurrent = imports.findBySha(sha256);
            if (concurrent.isPresent()) {
                return concurrent.get().asAlreadyImported();
            }
            return ImportResult.refused(fileName, sha256, List.of(new ImportProblem(null, null, null,
                    "OpenCSC cannot hold the file's records, so nothing was loaded: " + e.getMostSpecificCause().getMessage())));
        }
    }

    private ImportResult load(CensusMessage message, List<CensusChild> children, String fileName, String sha256,
                              CurrentUser user) {
        Instant now = Instant.now(clock);
        long importId = imports.insertImport(fileName, sha256, user.displayName(), user.integration() ? null : user.id(), now,
                message.header() == null ? null : message.header().referenceDate());
        List<ChildMatch> matches = matcher.match(children);
        ImportBatch batch = batch(importId, fileName, user);
        List<Long> existingIds = new ArrayList<>();
        List<CensusChild> existingChildren = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (matches.get(i) instanceof ChildMatch.Existing e) {
                existingIds.add(e.personId());
                existingChildren.add(children.get(i));
            }
        }
        matchedChildren(batch, existingIds, existingChildren, fileName, user);
        int created = 0;
        int toDecide = 0;
        for (int i = 0; i < children.size(); i++) {
            CensusChild c = children.get(i);
            switch (matches.get(i)) {
                case ChildMatch.NewChild n -> {
                    batch.episodes(batch.newPerson(c), c);
                    created++;
                }
                case ChildMatch.Existing e -> batch.episodes(e.personId(), c);
                case ChildMatch.Uncertain u -> {
                    imports.insertPending(importId, c, u.candidateIds(), u.reason());
                    toDecide++;
                }
            }
        }
        batch.flush();
        ImportResult result = new ImportResult(importId, fileName, sha256, false, now, user.displayName(), children.size(),
                created, existingIds.size(), toDecide, batch.added(), batch.alreadyPresent(), batch.notes(), List.of());
        imports.saveResult(result);
        return result;
    }

    /** Matched children: their records filled in where they lack what the file says, and what they hold read. */
    private void matchedChildren(ImportBatch batch, List<Long> ids, List<CensusChild> children, String fileName,
                                 CurrentUser user) {
        batch.loadExisting(ids);
        List<Long> changed = imports.fillIdentifiers(ids, children);
        imports.fillDisabilities(ids, children);
        batch.addEvents(changed.stream().distinct().map(id -> NewEvent.of(EventType.DETAILS_CHANGED, Instant.now(clock),
                user.displayName(), "Census identifiers the record lacked filled in from census file " + fileName,
                null, List.of(id))).toList());
    }

    private ImportBatch batch(long importId, String fileName, CurrentUser user) {
        return new ImportBatch(jdbc, eventLog, calendar.workingDays(), clock, importId, fileName, user.displayName(),
                json.writeValueAsString(PlanContent.empty()));
    }

    /**
     * A child listed twice in a file (the same LAchildID) is one child: their episodes together,
     * the identifiers of the first.
     */
    private static List<CensusChild> byLaChildId(List<CensusChild> children) {
        Map<String, CensusChild> byId = new LinkedHashMap<>();
        List<CensusChild> withoutId = new ArrayList<>();
        for (CensusChild c : children) {
            if (c.laChildId() == null) {
                withoutId.add(c);
                continue;
            }
            byId.merge(c.laChildId(), c, (a, b) -> {
                List<CinDetails> all = new ArrayList<>(a.cinDetails());
                all.addAll(b.cinDetails());
                return new CensusChild(a.identifiers(), a.characteristics(), all, a.personId());
            });
        }
        List<CensusChild> all = new ArrayList<>(byId.values());
        all.addAll(withoutId);
        return all;
    }

    /** The result of an import, as it was when it was done. */
    public Optional<ImportResult> find(long importId) {
        return imports.find(importId);
    }

    /** The import's children whose match was uncertain, decided or not. */
    public List<UncertainChild> uncertain(long importId, CurrentUser user) {
        checkMayImport(user);
        return imports.pending(importId);
    }

    /**
     * A data officer's decision on an uncertain child: the same child as {@code samePersonId}
     * (one of the candidates), or a new child when it is null. The child is loaded then, marked
     * with its import like the rest of the file. Returns the person the child's records are on.
     */
    public long decide(long pendingId, Long samePersonId, CurrentUser user) {
        checkMayImport(user);
        return tx.execute(status -> {
            UncertainChild p = imports.lockPending(pendingId)
                    .orElseThrow(() -> new NotFoundException("There is no child waiting for a decision with id " + pendingId));
            if (p.decided()) {
                throw new ConflictException("This child was decided already by " + p.decidedBy());
            }
            if (samePersonId != null && !p.candidateIds().contains(samePersonId)) {
                throw new ValidationException("person", "Choose one of the records listed, or a new child");
            }
            String fileName = jdbc.sql("SELECT file_name FROM census_import WHERE id = :id").param("id", p.importId())
                    .query(String.class).single();
            ImportBatch batch = batch(p.importId(), fileName, user);
            long personId;
            if (samePersonId != null) {
                matchedChildren(batch, List.of(samePersonId), List.of(p.child()), fileName, user);
                personId = samePersonId;
            } else {
                boolean taken = jdbc.sql("SELECT count(*) FROM person WHERE coalesce(la_child_id, id::text) = :id")
                        .param("id", p.laChildId()).query(Long.class).single() > 0;
                personId = batch.newPerson(p.child(), !taken);
            }
            batch.episodes(personId, p.child());
            batch.flush();
            imports.decide(pendingId, samePersonId != null ? "SAME" : "NEW", personId, user.displayName(), Instant.now(clock));
            return personId;
        });
    }
}
