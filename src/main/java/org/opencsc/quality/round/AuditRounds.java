package org.opencsc.quality.round;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.quality.Agency;
import org.opencsc.quality.QualityAccess;
import org.opencsc.quality.Theme;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rounds: the QA team makes, staffs and closes them; senior leaders and inspectors read
 * them. A random round keeps its filter, the eligible children, the size and the seed, so the
 * draw can be repeated ({@link FairDraw}); restricted children are never drawn at random, and by
 * hand only children the QA officer may open are taken.
 */
@Service
public class AuditRounds {

    static final int MAX_SAMPLE = 500;
    static final int MAX_DAYS = 3650;
    /** Seeds chosen for the user are short enough to read out and type: 1 to 999,999,999. */
    static final long CHOSEN_SEED_BOUND = 1_000_000_000L;
    private static final Set<String> LEVELS = Set.of("EARLY_HELP", "CIN", "CP");

    private final RoundRepository rounds;
    private final EligibleChildren eligible;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    AuditRounds(RoundRepository rounds, EligibleChildren eligible, AccessPolicy access, Redaction redaction, Clock clock) {
        this.rounds = rounds;
        this.eligible = eligible;
        this.access = access;
        this.redaction = redaction;
        this.clock = clock;
    }

    public static boolean canRead(CurrentUser user) {
        return QualityAccess.readsAllAudits(user.role());
    }

    public static boolean canManage(CurrentUser user) {
        return QualityAccess.isQaTeam(user);
    }

    static void checkCanRead(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Audit rounds are for the quality assurance team, senior leaders and inspectors");
        }
    }

    static void checkCanManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("Only the quality assurance team runs audit rounds");
        }
    }

    /** How many children the filter finds today. */
    public int preview(SampleFilter filter, CurrentUser user) {
        checkCanManage(user);
        Problems problems = new Problems();
        SampleFilter f = checkFilter(filter, problems);
        problems.throwIfAny();
        return eligible.ids(f, LondonTime.today(clock)).size();
    }

    @Transactional
    public long create(RoundInput in, CurrentUser user) {
        checkCanManage(user);
        LocalDate today = LondonTime.today(clock);
        Problems problems = new Problems();
        if (in.title() == null || in.title().isBlank()) {
            problems.add("title", "Enter a title for the round");
        } else if (in.title().strip().length() > 200) {
            problems.add("title", "The title must be 200 characters or fewer");
        }
        RoundKind kind = parse(RoundKind.values(), in.kind(), "kind", "Choose the kind of round", problems);
        Theme theme = parse(Theme.values(), in.theme(), "theme", null, problems);
        if (kind != null && kind.needsTheme() && theme == null && !problems.has("theme")) {
            problems.add("theme", "Choose the theme a " + kind.label().toLowerCase() + " looks at");
        }
        if (in.templateId() == null) {
            problems.add("templateId", "Choose the template");
        } else if (!rounds.lockCurrentTemplate(in.templateId())) {
            problems.add("templateId", "Choose the current version of a template: this one does not exist or has been replaced");
        }
        if (in.dueOn() == null) {
            problems.add("dueOn", "Enter the date the audits are due");
        } else if (in.dueOn().isBefore(today)) {
            problems.add("dueOn", "The due date must be today or later");
        }
        Selection selection = parse(Selection.values(), in.selection(), "selection", "Choose how the children are chosen", problems);
        SampleFilter filter = SampleFilter.NONE;
        List<Long> eligibleIds = List.of();
        List<Long> chosen = List.of();
        Long seed = null;
        Integer size = null;
        if (selection == Selection.RANDOM) {
            filter = checkFilter(in.filter() == null ? SampleFilter.NONE : in.filter(), problems);
            size = in.sampleSize();
            if (size == null) {
                problems.add("sampleSize", "Enter how many children to draw");
            } else if (size < 1) {
                problems.add("sampleSize", "The sample size must be at least 1");
            } else if (size > MAX_SAMPLE) {
                problems.add("sampleSize", "The sample size must be " + MAX_SAMPLE + " or fewer");
            }
            if (!problems.has("filter.teamId") && !problems.has("filter.levelOfNeed") && !problems.has("filter.closedWithinDays")) {
                eligibleIds = eligible.ids(filter, today);
                if (size != null && !problems.has("sampleSize") && size > eligibleIds.size()) {
                    // Refused, not cut down: the size asked for is part of what shows the draw was fair.
                    problems.add("sampleSize", "The filter finds " + eligibleIds.size() + (eligibleIds.size() == 1 ? " child" : " children")
                            + ": the sample size must be " + eligibleIds.size() + " or fewer");
                }
            }
            seed = in.seed() == null ? 1 + seeds.nextLong(CHOSEN_SEED_BOUND - 1) : in.seed();
            if (in.personIds() != null && !in.personIds().isEmpty()) {
                problems.add("personIds", "Leave personIds out of a random draw: the draw chooses the children");
            }
        } else if (selection == Selection.BY_HAND) {
            chosen = checkByHand(in, user, problems);
        }
        problems.throwIfAny();
        if (selection == Selection.RANDOM) {
            chosen = FairDraw.draw(eligibleIds, size, seed);
        }
        RoundInput kept = new RoundInput(in.title(), kind.name(), theme == null ? null : theme.name(), in.templateId(), in.dueOn(),
                selection.name(), filter, size, seed, chosen);
        long id = rounds.insert(kept, filter, eligibleIds, user.id(), Instant.now(clock));
        rounds.insertAudits(id, in.templateId(), chosen);
        return id;
    }

    private List<Long> checkByHand(RoundInput in, CurrentUser user, Problems problems) {
        SampleFilter f = in.filter();
        if (f != null && !f.equals(SampleFilter.NONE)) {
            problems.add("filter", "Leave the filter out when choosing children by hand");
        }
        if (in.sampleSize() != null) {
            problems.add("sampleSize", "Leave the sample size out when choosing children by hand");
        }
        if (in.seed() != null) {
            problems.add("seed", "Leave the seed out when choosing children by hand");
        }
        List<Long> ids = in.personIds() == null ? List.of() : in.personIds();
        if (ids.isEmpty()) {
            problems.add("personIds", "Choose at least one child");
            return List.of();
        }
        if (ids.size() > MAX_SAMPLE) {
            problems.add("personIds", "Choose " + MAX_SAMPLE + " children or fewer");
            return List.of();
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            problems.add("personIds", "Each child can be chosen once");
            return List.of();
        }
        Set<Long> children = new HashSet<>(rounds.children(ids));
        Set<Long> open = access.visibleIds(user, ids);
        List<Long> refused = ids.stream().filter(id -> !children.contains(id) || !open.contains(id)).toList();
        if (!refused.isEmpty()) {
            // One message for "no such child" and "a record you may not open": it must not tell a restricted record exists.
            problems.add("personIds", "These are not children's records you can open: "
                    + String.join(", ", refused.stream().map(String::valueOf).toList()));
        }
        return List.copyOf(ids);
    }

    /** The filter with its values checked, named filter.teamId and so on. */
    SampleFilter checkFilter(SampleFilter f, Problems problems) {
        if (f.teamId() != null && !rounds.teamExists(f.teamId())) {
            problems.add("filter.teamId", "There is no team " + f.teamId());
        }
        String level = f.levelOfNeed() == null || f.levelOfNeed().isBlank() ? null : f.levelOfNeed();
        if (level != null && !LEVELS.contains(level)) {
            problems.add("filter.levelOfNeed", "levelOfNeed must be EARLY_HELP, CIN or CP (for closed cases, use closedWithinDays)");
        }
        Integer days = f.closedWithinDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add("filter.closedWithinDays", "Closed within must be between 1 and " + MAX_DAYS + " days");
        }
        return new SampleFilter(f.teamId(), level, f.cpPlanOnly() ? Boolean.TRUE : null, f.reReferralOnly() ? Boolean.TRUE : null, days);
    }

    public List<RoundSummary> list(CurrentUser user) {
        checkCanRead(user);
        return rounds.list();
    }

    /** The round, with each child named only where the reader may open the record. */
    public Round open(long id, CurrentUser user) {
        checkCanRead(user);
        RoundRepository.Row r = rounds.find(id).orElseThrow(() -> new NotFoundException("There is no audit round " + id));
        List<RoundAudit> audits = rounds.audits(id);
        Redaction.Sights sights = redaction.of(user, audits.stream().map(RoundAudit::personId).toList());
        List<RoundAudit> shown = audits.stream().map(a -> sights.open(a.personId()) ? a
                : new RoundAudit(a.id(), a.personId(), null, true, a.status(), a.auditorId(), a.auditorName(), a.workerId(),
                a.workerName(), a.teamName(), a.version())).toList();
        return new Round(r.id(), r.title(), r.kind(), r.theme(), r.templateId(), r.templateName(), r.templateVersion(), r.selection(),
                r.filter(), r.eligibleIds(), r.eligibleIds().size(), r.sampleSize(), r.seed(), r.dueOn(), r.createdAt(), r.createdBy(),
                r.closedAt(), r.version(), shown, rounds.partners(id));
    }

    /** Drawing again from the kept eligible children with the kept size and seed, and whether that gives the round's children. */
    public record Redraw(List<Long> personIds, boolean matches) {
    }

    public Redraw drawAgain(long id, CurrentUser user) {
        checkCanRead(user);
        RoundRepository.Row r = rounds.find(id).orElseThrow(() -> new NotFoundException("There is no audit round " + id));
        if (r.selection() != Selection.RANDOM) {
            throw new ConflictException("This round's children were chosen by hand: there is no draw to repeat");
        }
        List<Long> again = FairDraw.draw(r.eligibleIds(), r.sampleSize(), r.seed());
        List<Long> drawn = rounds.audits(id).stream().map(RoundAudit::personId).toList();
        return new Redraw(again, again.equals(drawn));
    }

    /** Gives the audit to a QA officer; {@code version} (the audit's) may be left out, and when given a stale one is a 409. */
    @Transactional
    public void assignAuditor(long roundId, long auditId, Long auditorId, Integer version, CurrentUser user) {
        checkCanManage(user);
        RoundRepository.AuditState audit = rounds.lockAudit(auditId).filter(a -> a.roundId() == roundId)
                .orElseThrow(() -> new NotFoundException("There is no audit " + auditId + " in round " + roundId));
        checkOpen(roundId);
        Problems problems = new Problems();
        if (auditorId == null) {
            problems.add("auditorId", "Choose the auditor");
        } else {
            boolean qa = rounds.account(auditorId).filter(a -> a.active() && Role.QA_AUDITOR.name().equals(a.role())).isPresent();
            if (!qa) {
                problems.add("auditorId", "Choose a quality assurance officer whose account is active");
            }
        }
        problems.throwIfAny();
        if (version != null && version != audit.version()) {
            throw new ConflictException("Someone else changed this audit since you opened the round. Open it again.");
        }
        if ("COMPLETED".equals(audit.status()) || "MODERATED".equals(audit.status())) {
            throw new ConflictException("This audit is finished: its auditor stays as it was");
        }
        rounds.assignAuditor(auditId, auditorId);
    }

    /**
     * Adds a partner agency's auditor to the round, or changes their agency and last day. The last
     * day is a London date: not in the past, and not after the day their account's access ends.
     */
    @Transactional
    public void addPartner(long roundId, Long userId, String agencyName, LocalDate lastDay, CurrentUser user) {
        checkCanManage(user);
        checkOpen(roundId);
        LocalDate today = LondonTime.today(clock);
        Problems problems = new Problems();
        RoundRepository.Account account = null;
        if (userId == null) {
            problems.add("userId", "Choose the partner agency's auditor");
        } else {
            account = rounds.account(userId).filter(a -> a.active() && Role.PARTNER_AUDITOR.name().equals(a.role())).orElse(null);
            if (account == null) {
                problems.add("userId", "Choose a partner agency auditor whose account is active");
            }
        }
        Agency agency = parse(Agency.values(), agencyName, "agency", "Choose the auditor's agency", problems);
        if (lastDay == null) {
            problems.add("lastDay", "Enter their last day on the round");
        } else if (lastDay.isBefore(today)) {
            problems.add("lastDay", "The last day must be today or later");
        } else if (account != null) {
            if (account.accessExpiresAt() == null) {
                problems.add("userId", "This account has no end date: an administrator must set one before they join a round");
            } else {
                LocalDate accountEnds = account.accessExpiresAt().atZone(LondonTime.ZONE).toLocalDate();
                if (lastDay.isAfter(accountEnds)) {
                    problems.add("lastDay", "Their account ends on " + org.opencsc.platform.web.Dates.govuk(accountEnds)
                            + ": the last day must be that day or earlier");
                }
            }
        }
        problems.throwIfAny();
        rounds.putPartner(roundId, userId, agency, lastDay, user.id(), Instant.now(clock));
    }

    /** Closes the round; partner auditors' access to its children ends with it (their last day becomes yesterday at the latest). */
    @Transactional
    public void close(long roundId, Integer version, CurrentUser user) {
        checkCanManage(user);
        checkOpen(roundId);
        LocalDate today = LondonTime.today(clock);
        if (!rounds.close(roundId, version, Instant.now(clock), today.minusDays(1))) {
            throw new ConflictException("Someone else changed this round since you opened it. Open it again.");
        }
    }

    private void checkOpen(long roundId) {
        boolean closed = rounds.lockRoundClosed(roundId).orElseThrow(() -> new NotFoundException("There is no audit round " + roundId));
        if (closed) {
            throw new ConflictException("This round is closed");
        }
    }

    List<RoundRepository.Person> teams() {
        return rounds.teams();
    }

    List<RoundRepository.Person> auditors() {
        return rounds.auditors();
    }

    List<RoundRepository.Person> partnerAuditors() {
        return rounds.partnerAuditors();
    }

    /** The enum value named, null for blank (a problem when {@code whenBlank} is given), a problem for anything else. */
    private static <E extends Enum<E>> E parse(E[] values, String text, String field, String whenBlank, Problems problems) {
        if (text == null || text.isBlank()) {
            if (whenBlank != null) {
                problems.add(field, whenBlank);
            }
            return null;
        }
        return Arrays.stream(values).filter(v -> v.name().equals(text)).findFirst().orElseGet(() -> {
            List<String> names = new ArrayList<>();
            Arrays.stream(values).forEach(v -> names.add(v.name()));
            problems.add(field, field + " must be one of " + String.join(", ", names));
            return null;
        });
    }
}
