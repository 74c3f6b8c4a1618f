package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.RecordView;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.resource.ResourceDefinition;

import java.util.ArrayList;
import java.util.List;

/** Reads a resource's journal after a cursor as events a grant may see (filtered, projected, masked). */
@ApplicationScoped
public class EventReader {

    private static final List<String> DIVISION_FIELDS = List.of("divisionCode", "domicileDivision");

    private final Journal journal;
    private final RecordView view;
    private final ObjectMapper json;

    public EventReader(Journal journal, RecordView view, ObjectMapper json) {
        this.journal = journal;
        this.view = view;
        this.json = json;
    }

    /** A page of events; {@code lastSeq} is the last journal sequence read (filtered or not). */
    public record Page(List<DeliveryEvent> events, long lastSeq, boolean more) {
    }

    public Page read(ResourceDefinition resource, AccessRequest grant, String divisionPrefix, long after, int limit) {
        List<JournalRecord> records = journal.read(resource.code(), after, limit);
        List<DeliveryEvent> events = new ArrayList<>(records.size());
        long last = after;
        for (JournalRecord r : records) {
            last = r.seq();
            // recent records come parsed once for all readers from the journal's tail
            ObjectNode record = r.tree(json);
            if (divisionPrefix != null && !matches(record, divisionPrefix)) {
                continue;
            }
            events.add(new DeliveryEvent(DeliveryEvent.idOf(r.resourceCode(), r.seq()), r.seq(), r.resourceCode(), r.recordKey(),
                    r.recordedAt(), view.project(resource, grant, record)));
        }
        return new Page(events, last, records.size() == limit);
    }

    private static boolean matches(ObjectNode record, String prefix) {
        for (String f : DIVISION_FIELDS) {
            JsonNode v = record.get(f);
            if (v != null && v.isValueNode()) {
                return v.asText().startsWith(prefix);
            }
        }
        return false;
    }
}
