package dev.backchannel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** How the repositories write values into columns and read them back. */
final class StoredValues {

    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<CitedSource>> SOURCES = new TypeReference<>() {};

    /** Fixed-width timestamps, so that text order is time order in both databases. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private StoredValues() {}

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** The cited topic ids, stored comma-separated. */
    static List<String> topics(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** The cited sources of an answer, stored as JSON. */
    static List<CitedSource> sources(String stored) throws JsonProcessingException {
        return JSON.readValue(stored, SOURCES);
    }
}
