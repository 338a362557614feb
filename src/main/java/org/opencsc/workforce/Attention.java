package org.opencsc.workforce;

import java.util.Comparator;
import java.util.List;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Everything addressed to the user by every {@link AttentionSource}, oldest first: the home page and the API list it. */
@Service
public class Attention {

    private final List<AttentionSource> sources;

    Attention(List<AttentionSource> sources) {
        this.sources = sources;
    }

    public List<AttentionItem> itemsFor(CurrentUser user) {
        return sources.stream().flatMap(s -> s.itemsFor(user).stream())
                .sorted(Comparator.comparing(AttentionItem::raisedAt)).toList();
    }
}
