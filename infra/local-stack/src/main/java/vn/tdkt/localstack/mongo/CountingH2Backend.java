package vn.tdkt.localstack.mongo;

import io.netty.channel.Channel;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;
import vn.tdkt.mongowire.IndexedH2Backend;

/**
 * The local stack's H2 backend, counting the commands it serves per database and command name: one command is one
 * round trip of a driver (a bulk write is one {@code update} or {@code insert} however many documents it carries).
 * The load benchmark divides them by the dossiers it drove. The driver's own chatter (heartbeats, handshakes) is left
 * out.
 */
final class CountingH2Backend extends IndexedH2Backend {

    private static final Set<String> HOUSEKEEPING = Set.of("hello", "ismaster", "isMaster", "ping", "buildinfo",
            "buildInfo", "endSessions", "saslStart", "saslContinue", "getLastError", "getlasterror");

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> byCollection = new ConcurrentHashMap<>();

    CountingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!HOUSEKEEPING.contains(command)) {
            counts.computeIfAbsent(database, key -> new ConcurrentHashMap<>())
                    .computeIfAbsent(command, key -> new LongAdder()).increment();
            byCollection.computeIfAbsent(database, key -> new ConcurrentHashMap<>())
                    .computeIfAbsent(command + " " + collection(command, query), key -> new LongAdder()).increment();
        }
        return super.handleCommand(channel, database, command, query);
    }

    /** The collection a command names: its own value ({@code find: "dossiers"}) or, for getMore, its field. */
    private static String collection(String command, Document query) {
        Object named = command.equals("getMore") ? query.get("collection") : query.get(command);
        return named instanceof String collection ? collection : "-";
    }

    /** Commands served so far, per database and command name. */
    Map<String, Map<String, Long>> counts() {
        return snapshot(counts);
    }

    /** Commands served so far, per database and "command collection", e.g. {@code find dossiers}. */
    Map<String, Map<String, Long>> countsByCollection() {
        return snapshot(byCollection);
    }

    private static Map<String, Map<String, Long>> snapshot(Map<String, Map<String, LongAdder>> counts) {
        Map<String, Map<String, Long>> snapshot = new TreeMap<>();
        counts.forEach((database, commands) -> {
            Map<String, Long> perCommand = new TreeMap<>();
            commands.forEach((command, count) -> perCommand.put(command, count.sum()));
            snapshot.put(database, perCommand);
        });
        return snapshot;
    }
}
