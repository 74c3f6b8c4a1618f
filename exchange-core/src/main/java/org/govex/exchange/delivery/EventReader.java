package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.RecordView;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads a resource's journal after a cursor as events a grant may see (filtered, projected,
 * masked). Grants with the same view of a resource (granted and unmasked fields) share the
 * projected events of recent records, each projected and serialised once: subscribers reading
 * the same records at about the same time cost one projection, not one each; the projection is
 * written straight into the event's bytes. The reader that finds an event missing makes the
 * record's event for every view of the resource read lately, from one scan of the record. A record
 * key the view does not show unmasked is replaced by a {@link KeyPseudonyms pseudonym}.
 */
@ApplicationScoped
public class EventReader {

    private static final List<String> DIVISION_FIELDS = List.of("divisionCode", "domicileDivision");
    /** Reads journal records: canonical JSON the hub wrote itself. */
    private static final JsonFactory RECORDS = new JsonFactory();
    /** Views whose recent events are kept (least recently used go first). */
    static final int VIEWS = 16;
    /**
     * Events kept per view: a ring indexed by sequence, so a subscriber up to this many of the
     * resource's records behind the head still finds its events made (at 10k records/s, 3 s).
     */
    static final int EVENTS_PER_VIEW = 1 << 15;

    private final Journal journal;
    private final RecordView view;
    private final ObjectMapper json;
    private final KeyPseudonyms pseudonyms;
    private final Map<View, Ring> projected = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<View, Ring> eldest) {
            return size() > VIEWS;
        }
    };

    /** Views not read for this long get no events made for them by readers of other views. */
    static final long ACTIVE_SECONDS = 30;
    /** Per resource, held by the reader making events for its views. */
    private final Map<String, java.util.concurrent.locks.ReentrantLock> makers = new java.util.concurrent.ConcurrentHashMap<>();

    private final LongAdder read = new LongAdder();
    private final LongAdder made = new LongAdder();

    public EventReader(Journal journal, RecordView view, ObjectMapper json, KeyPseudonyms pseudonyms) {
        this.journal = journal;
        this.view = view;
        this.json = json;
        this.pseudonyms = pseudonyms;
    }

    /**
     * What a grant shows of a resource; grants with equal views see identical events. The data
     * items are part of it, so a change in the catalog (an item made sensitive) starts a new view.
     */
    record View(String resource, List<DataItemDefinition> items, List<String> fields, List<String> unmasked) {
        static View of(ResourceDefinition resource, AccessRequest grant) {
            return new View(resource.code(), resource.dataItems(), List.copyOf(grant.grantedFields()),
                    grant.unmaskedFields() == null ? List.of() : List.copyOf(grant.unmaskedFields()));
        }

        /** Whether the record key may go out as it is: every key field granted and shown unmasked. */
        boolean keyShown(ResourceDefinition resource) {
            for (String f : resource.keyFields()) {
                boolean sensitive = resource.item(f).map(DataItemDefinition::sensitive).orElse(false);
                if (!fields.contains(f) || sensitive && !unmasked.contains(f)) {
                    return false;
                }
            }
            return true;
        }

        /** Stable across restarts and catalog edits: the resource and the sorted field sets. */
        String id() {
            return resource + "|" + String.join(",", new java.util.TreeSet<>(fields)) + "|"
                    + String.join(",", new java.util.TreeSet<>(unmasked));
        }
    }

    /** A page of events; {@code lastSeq} is the last journal sequence read (filtered or not). */
    public record Page(List<DeliveryEvent> events, long lastSeq, boolean more) {
    }

    public Page read(ResourceDefinition resource, AccessRequest grant, String divisionPrefix, long after, int limit) {
        List<JournalRecord> records = journal.read(resource.code(), after, limit);
        Ring shared = eventsOf(View.of(resource, grant), resource, grant);
        shared.lastRead = System.nanoTime();
        List<DeliveryEvent> events = new ArrayList<>(records.size());
        long last = after;
        CloudEvents.Writer writer = null;
        int madeNow = 0;
        java.util.concurrent.locks.ReentrantLock making = null;
        List<Ring> views = null;
        try {
            for (JournalRecord r : records) {
                last = r.seq();
                if (divisionPrefix != null && !matches(r.payload(), divisionPrefix)) {
                    continue;
                }
                DeliveryEvent e = shared.get(r.seq());
                if (e == null && making == null) {
                    // one maker per resource, for the rest of the page: a reader of any view of the
                    // resource at the same place waits (parked, once) for the events, made once
                    making = makers.computeIfAbsent(resource.code(), code -> new java.util.concurrent.locks.ReentrantLock());
                    making.lock();
                    views = activeViews(resource.code(), shared);
                    e = shared.get(r.seq());
                }
                if (e == null) {
                    writer = writer == null ? new CloudEvents.Writer(json) : writer;
                    madeNow += makeForAll(r, views, writer);
                    e = shared.get(r.seq());
                }
                events.add(e);
            }
        } finally {
            if (making != null) {
                making.unlock();
            }
            if (writer != null) {
                writer.close();
            }
        }
        read.add(events.size());
        made.add(madeNow); // once a page: readers on every core counting each event would contend
        return new Page(events, last, records.size() == limit);
    }

    /**
     * Makes the record's event for every view that lacks it, the first of them the reader's own:
     * the record is located once ({@link RecordView.Located}) and a value several views mask is
     * masked once. The located record is dropped right after: kept in a ring of its own it made
     * the garbage collector's work three times larger (tenth session).
     */
    private int makeForAll(JournalRecord r, List<Ring> views, CloudEvents.Writer writer) {
        RecordView.Located located = null;
        int n = 0;
        for (Ring ring : views) {
            if (ring.get(r.seq()) != null) {
                continue;
            }
            if (located == null || !ring.projection.serves(located)) {
                try {
                    located = ring.projection.locate(r.payload());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("journal record " + r.seq() + " is not a JSON object", e);
                }
            }
            make(r, ring, writer, located);
            n++;
        }
        return n;
    }

    /**
     * The views of the resource read in the last {@value #ACTIVE_SECONDS} seconds, {@code own}
     * first: their events are made together.
     */
    private List<Ring> activeViews(String resourceCode, Ring own) {
        long since = System.nanoTime() - ACTIVE_SECONDS * 1_000_000_000L;
        List<Ring> views = new ArrayList<>(4);
        views.add(own);
        synchronized (projected) {
            for (Ring ring : projected.values()) {
                if (ring != own && ring.resource.equals(resourceCode) && ring.lastRead - since > 0) {
                    views.add(ring);
                }
            }
        }
        return views;
    }

    private void make(JournalRecord r, Ring ring, CloudEvents.Writer writer, RecordView.Located record) {
        // a key the view would mask (an ID number) goes out as a pseudonym, also in subject and Kafka key
        String key = ring.hiddenKeys == null ? r.recordKey() : ring.hiddenKeys.of(r.recordKey());
        RecordView.Projection projection = ring.projection;
        String id = DeliveryEvent.idOf(r.resourceCode(), r.seq());
        WrittenEvent written = writer.write(id, r.seq(), r.resourceCode(), key, r.recordedAt(), (g, raw) -> projection.write(record, raw));
        ring.put(new DeliveryEvent(id, r.seq(), r.resourceCode(), key, r.recordedAt(), null, written));
    }

    /** Events handed to readers so far. */
    public long eventsRead() {
        return read.sum();
    }

    /** Events projected and written so far (the others were found made by a reader with the same view). */
    public long eventsProjected() {
        return made.sum();
    }

    private Ring eventsOf(View v, ResourceDefinition resource, AccessRequest grant) {
        synchronized (projected) {
            Ring ring = projected.get(v);
            if (ring == null) {
                // a grant's projection depends only on its view: the first grant's serves all
                ring = new Ring(resource.code(), EVENTS_PER_VIEW, view.compile(resource, grant),
                        v.keyShown(resource) ? null : pseudonyms.forView(v.id()));
                projected.put(v, ring); // may evict the least recently used view
            }
            return ring;
        }
    }

    /**
     * A view's recent events in slots indexed by sequence (a newer record of the resource takes an
     * older one's slot): no lock and no map entry per event, so readers cost a lookup per event.
     * Also the view's projection, worked out once.
     */
    static final class Ring {
        private final AtomicReferenceArray<DeliveryEvent> slots;
        private final int mask;
        final String resource;
        final RecordView.Projection projection;
        /** The view's pseudonyms when record keys go out as pseudonyms, null when they go out as they are. */
        final KeyPseudonyms.View hiddenKeys;
        /** When a reader last read the view ({@link System#nanoTime}). */
        volatile long lastRead = System.nanoTime();

        Ring(String resource, int capacity, RecordView.Projection projection, KeyPseudonyms.View hiddenKeys) {
            this.resource = resource;
            this.projection = projection;
            this.hiddenKeys = hiddenKeys;
            if (Integer.bitCount(capacity) != 1) {
                throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
            }
            slots = new AtomicReferenceArray<>(capacity);
            mask = capacity - 1;
        }

        DeliveryEvent get(long seq) {
            DeliveryEvent e = slots.get((int) (seq & mask));
            return e != null && e.seq() == seq ? e : null;
        }

        void put(DeliveryEvent e) {
            slots.set((int) (e.seq() & mask), e);
        }
    }

    /**
     * Whether the record's division (its first division field holding a value, in the order of
     * {@link #DIVISION_FIELDS}) starts with the prefix; read as a stream, no tree per record and
     * subscriber.
     */
    static boolean matches(byte[] payload, String prefix) {
        String[] found = new String[DIVISION_FIELDS.size()];
        try (JsonParser p = RECORDS.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int at = DIVISION_FIELDS.indexOf(p.currentName());
                JsonToken v = p.nextToken();
                if (at >= 0 && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                    found[at] = p.getText();
                    if (at == 0) {
                        break; // the first field wins: no need to read on
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a journal record is not JSON", e);
        }
        for (String division : found) {
            if (division != null) {
                return division.startsWith(prefix);
            }
        }
        return false;
    }
}
