package org.govex.exchange.journal;

import java.util.Set;

/** Told after each group commit which resources got records and the journal's new head. */
public interface JournalListener {

    void appended(Set<String> resourceCodes, long headSeq);
}
