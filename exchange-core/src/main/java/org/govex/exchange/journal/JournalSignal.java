package org.govex.exchange.journal;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Wakes long-polling feed readers when their resource gets records. */
@ApplicationScoped
public class JournalSignal implements JournalListener {

    private final Map<String, List<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();

    /** Completes when the resource gets records, or after the timeout (normally, not exceptionally). */
    public CompletableFuture<Void> next(String resourceCode, long timeoutMillis) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        waiting.computeIfAbsent(resourceCode, k -> new CopyOnWriteArrayList<>()).add(f);
        f.completeOnTimeout(null, timeoutMillis, TimeUnit.MILLISECONDS)
                .whenComplete((v, e) -> {
                    List<CompletableFuture<Void>> l = waiting.get(resourceCode);
                    if (l != null) {
                        l.remove(f);
                    }
                });
        return f;
    }

    @Override
    public void appended(Set<String> resourceCodes, long headSeq) {
        for (String code : resourceCodes) {
            List<CompletableFuture<Void>> l = waiting.remove(code);
            if (l != null) {
                l.forEach(f -> f.complete(null));
            }
        }
    }
}
