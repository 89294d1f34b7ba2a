package budget.stack;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded store's backend: a write command is answered only once what it changed is on disk
 * ({@link GroupCommit}), as MongoDB answers a write with a journal ({@code j: true}). mongo-java-server's H2
 * backend leaves writing to H2, which writes the file a second after the change at the earliest: a kill -9 of
 * the store, or a power loss, lost up to a second of writes it had acknowledged.
 *
 * <p>Every command that is not known to only read is made durable, failed ones included (an ordered bulk write
 * stopped by a duplicate key has written what came before it); reads never wait for a sync. Every request of the
 * MongoDB driver is an OP_MSG command and comes through {@link #handleCommand}.
 */
final class DurableH2Backend extends ValueOrderedH2Backend {

    /** The commands that change nothing in the store (lower case: the server matches names ignoring case). */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections", "listindexes",
            "listdatabases", "hello", "ismaster", "ping", "buildinfo", "killcursors", "endsessions", "serverstatus", "dbstats",
            "collstats", "whatsmyuri", "getlasterror", "getlog", "hostinfo", "getcmdlineopts", "connectionstatus",
            "getfreemonitoringstatus", "replsetgetstatus", "currentop", "saslstart", "saslcontinue");

    private final GroupCommit commits;

    DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (readsOnly(command, query)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document reply;
        try {
            reply = super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException failed) {
            try {
                commits.awaitDurable();
            } catch (RuntimeException notDurable) {
                failed.addSuppressed(notDurable);
            }
            throw failed;
        }
        commits.awaitDurable();
        return reply;
    }

    GroupCommit commits() {
        return commits;
    }

    static boolean readsOnly(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof List<?> stages)
                    || stages.stream().noneMatch(s -> s instanceof Document stage && (stage.containsKey("$out") || stage.containsKey("$merge")));
        }
        return READS.contains(name);
    }
}
