package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.security.AccessLog.Channel.API;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.legal.LetterJourney;
import org.opencsc.legal.ProceedingsLetterInput;
import org.opencsc.legal.ProceedingsLetterView;
import org.opencsc.legal.ProceedingsLetters;
import org.opencsc.security.CurrentUser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The time to send a letter before proceedings: the checks, the template rendered, the tagged PDF
 * made and kept as the next version of its document, the events written. 100 letters, each a send
 * of a full letter (ten children in open pre-proceedings, ten sends each), after 5 to warm up:
 *
 * <pre>./mvnw -q -B -o test -Pbenchmark -Dtest=LetterPdfBenchmark</pre>
 */
@Tag("benchmark")
@IntegrationTest
class LetterPdfBenchmark {

    private static final int LETTERS = 100;
    private static final int CHILDREN = 10;
    private static final int WARM_UP = 5;

    @Autowired
    ProceedingsLetters letters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LetterJourney setUp;

    @Test
    void sendingAHundredLetters() {
        CurrentUser social = setUp.user("social");
        List<long[]> drafted = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            LetterJourney.Ready r = setUp.ready(1).getFirst();
            long id = letters.draft(r.child(), new ProceedingsLetterInput(r.preProceedingsId(), List.of(), List.of(r.parent()), true),
                    social, API);
            ProceedingsLetterView view = letters.open(r.child(), id, social, API, "/benchmark");
            letters.save(r.child(), id, view.version(), LetterJourney.written(view.sections()), social, API);
            drafted.add(new long[] {r.child(), id});
        }
        long bytes = 0;
        double[] ms = new double[LETTERS];
        for (int n = -WARM_UP; n < LETTERS; n++) {
            long[] letter = drafted.get(Math.floorMod(n, CHILDREN));
            int version = letters.open(letter[0], letter[1], social, API, "/benchmark").version();
            long started = System.nanoTime();
            ProceedingsLetterView.Sent sent = letters.send(letter[0], letter[1], version, null, social, API);
            double took = (System.nanoTime() - started) / 1e6;
            if (n >= 0) {
                ms[n] = took;
                bytes += jdbc.sql("SELECT size_bytes FROM document WHERE id = ?").params(sent.documentId()).query(Long.class).single();
            }
        }
        Arrays.sort(ms);
        System.out.printf("Letter before proceedings, send with PDF (%d letters): p50 %.0f ms, p95 %.0f ms, max %.0f ms; "
                        + "mean PDF %d KB%n", LETTERS, ms[LETTERS / 2 - 1], ms[(int) Math.ceil(LETTERS * 0.95) - 1], ms[LETTERS - 1],
                bytes / LETTERS / 1024);
        assertThat(ms[LETTERS / 2 - 1]).as("p50 ms per letter").isLessThan(5_000);
    }
}
