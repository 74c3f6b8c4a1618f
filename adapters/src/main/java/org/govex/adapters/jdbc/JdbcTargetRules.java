package org.govex.adapters.jdbc;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which consumer databases the hub may connect to. A JDBC URL is code the driver runs inside the
 * hub, so only two shapes are accepted, each with a whitelist of parameters:
 * <ul>
 *   <li>{@code jdbc:postgresql://host[:port][,host2…]/database[?param=value…]} — parameters limited to
 *       connection and TLS settings (no {@code socketFactory}, {@code sslfactory}, {@code loggerFile},
 *       {@code authenticationPluginClassName}, {@code user}/{@code password} …);</li>
 *   <li>{@code jdbc:h2:tcp://host[:port]/path} (or {@code ssl://}) — a consumer's H2 server, settings
 *       limited to {@code MODE}, {@code IFEXISTS}, {@code DB_CLOSE_DELAY} (never {@code INIT},
 *       {@code RUNSCRIPT}, {@code AUTO_SERVER}, trace files …), no path into the hub's data directory;</li>
 *   <li>{@code jdbc:h2:mem:name} only where the operator allows in-process H2 (demos, tests).</li>
 * </ul>
 * Embedded H2 file URLs ({@code jdbc:h2:file:…}, {@code jdbc:h2:~/…}, {@code jdbc:h2:/…}) are refused:
 * they would open files on the hub's own host.
 */
public final class JdbcTargetRules {

    /** Lower-case, unquoted, portable to PostgreSQL and H2. */
    public static final Pattern TABLE = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "asc", "between", "both", "case",
            "cast", "check", "column", "constraint", "create", "cross", "current_date", "current_time", "current_timestamp",
            "current_user", "default", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "from", "full", "grant", "group", "having", "if", "in", "inner", "intersect", "interval", "into", "is", "join", "key",
            "leading", "left", "like", "limit", "minus", "natural", "not", "null", "offset", "on", "only", "or", "order",
            "primary", "qualify", "references", "returning", "right", "row", "rownum", "select", "session_user", "some",
            "table", "then", "to", "top", "trailing", "true", "union", "unique", "user", "using", "value", "values", "when",
            "where", "window", "with");

    private static final Pattern POSTGRES = Pattern.compile(
            "^jdbc:postgresql://([A-Za-z0-9.\\-]+(?::[0-9]{1,5})?(?:,[A-Za-z0-9.\\-]+(?::[0-9]{1,5})?)*)/([A-Za-z0-9_\\-]{1,63})(?:\\?(.*))?$");
    private static final Set<String> POSTGRES_PARAMETERS = Set.of("ssl", "sslmode", "connectTimeout", "socketTimeout",
            "loginTimeout", "ApplicationName", "currentSchema", "targetServerType", "tcpKeepAlive");
    private static final Pattern PARAMETER = Pattern.compile("^([A-Za-z_]{1,40})=([A-Za-z0-9_.,\\-]{0,100})$");

    private static final Pattern H2_SERVER = Pattern.compile("^(?:tcp|ssl)://[A-Za-z0-9.\\-]+(?::[0-9]{1,5})?/(.+)$");
    private static final Pattern H2_SERVER_PATH = Pattern.compile("^(?:mem:[A-Za-z0-9_\\-]{1,63}|[A-Za-z0-9_./~\\-]{1,500})$");
    private static final Pattern H2_MEMORY = Pattern.compile("^mem:[A-Za-z0-9_\\-]{1,63}$");
    private static final Set<String> H2_SETTINGS = Set.of("MODE", "IFEXISTS", "DB_CLOSE_DELAY");

    private final Path hubDataDir;
    private final boolean allowInMemoryH2;

    /**
     * @param hubDataDir      the hub's own data directory, which no target may point into
     * @param allowInMemoryH2 whether {@code jdbc:h2:mem:} (a database inside the hub's JVM) is allowed
     */
    public JdbcTargetRules(Path hubDataDir, boolean allowInMemoryH2) {
        this.hubDataDir = hubDataDir.toAbsolutePath().normalize();
        this.allowInMemoryH2 = allowInMemoryH2;
    }

    /** Refuses a table name that is not a plain lower-case identifier or is an SQL keyword. */
    public static Optional<Refusal> checkTable(String table) {
        if (table == null || !TABLE.matcher(table).matches()) {
            return Optional.of(new Refusal("table.identifier",
                    "the table name must match " + TABLE.pattern() + " (lower-case letter, then letters, digits, _)"));
        }
        if (RESERVED.contains(table)) {
            return Optional.of(new Refusal("table.reserved", "'" + table + "' is an SQL keyword; choose another table name"));
        }
        return Optional.empty();
    }

    /** Refuses any URL the hub should not hand to a JDBC driver. */
    public Optional<Refusal> checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(new Refusal("jdbcUrl.required", "a JDBC URL is required"));
        }
        if (url.length() > 2000 || url.chars().anyMatch(c -> c <= ' ' || c == '\\' || c > '~')) {
            return Optional.of(new Refusal("jdbcUrl.characters", "the JDBC URL holds spaces, backslashes or non-ASCII characters"));
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return checkPostgres(url);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return checkH2(url.substring("jdbc:h2:".length()));
        }
        return Optional.of(new Refusal("jdbcUrl.scheme",
                "only PostgreSQL (jdbc:postgresql://host/db) and H2 servers (jdbc:h2:tcp://host/path) are accepted"));
    }

    private Optional<Refusal> checkPostgres(String url) {
        Matcher m = POSTGRES.matcher(url);
        if (!m.matches()) {
            return Optional.of(new Refusal("jdbcUrl.postgresql", "expected jdbc:postgresql://host[:port]/database[?param=value&…]"));
        }
        if (m.group(3) != null && !m.group(3).isEmpty()) {
            for (String pair : m.group(3).split("&", -1)) {
                Matcher p = PARAMETER.matcher(pair);
                if (!p.matches() || !POSTGRES_PARAMETERS.contains(p.group(1))) {
                    return Optional.of(new Refusal("jdbcUrl.parameter", "URL parameter '" + pair.split("=", 2)[0]
                            + "' is not allowed; allowed: " + String.join(", ", sorted(POSTGRES_PARAMETERS))
                            + " (user and password go in their own fields)"));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkH2(String rest) {
        String[] parts = rest.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i];
            if (setting.isEmpty()) {
                continue;
            }
            String key = setting.split("=", 2)[0].toUpperCase(Locale.ROOT);
            if (!H2_SETTINGS.contains(key) || !PARAMETER.matcher(setting).matches()) {
                String why = key.equals("INIT") || key.contains("RUNSCRIPT") ? " (it runs SQL when the database opens)" : "";
                return Optional.of(new Refusal("jdbcUrl.h2-setting", "H2 setting '" + key + "' is not allowed" + why
                        + "; allowed: " + String.join(", ", sorted(H2_SETTINGS))));
            }
        }
        String database = parts[0];
        if (rest.toUpperCase(Locale.ROOT).contains("RUNSCRIPT") || rest.toUpperCase(Locale.ROOT).contains("INIT=")) {
            return Optional.of(new Refusal("jdbcUrl.h2-setting", "INIT and RUNSCRIPT are not allowed in an H2 URL"));
        }
        if (H2_MEMORY.matcher(database).matches()) {
            return allowInMemoryH2 ? Optional.empty() : Optional.of(new Refusal("jdbcUrl.h2-in-memory",
                    "jdbc:h2:mem: would be a database inside the hub's own process; use an H2 server (jdbc:h2:tcp://…) or PostgreSQL"));
        }
        Matcher server = H2_SERVER.matcher(database);
        if (server.matches()) {
            String path = server.group(1);
            if (!H2_SERVER_PATH.matcher(path).matches() || path.contains("..")) {
                return Optional.of(new Refusal("jdbcUrl.h2-path", "the H2 database path may hold letters, digits, _ . / ~ - and no '..'"));
            }
            return insideHubData(path) ? hubData() : Optional.empty();
        }
        String file = database.replaceFirst("^(?i)(file|split|nio|niomapped|async|zip|retry|memfs|memlzf|niomemfs|niomemlzf):", "");
        return insideHubData(file) ? hubData() : Optional.of(new Refusal("jdbcUrl.h2-embedded",
                "an embedded H2 database would be a file on the hub's own host; run an H2 server and use jdbc:h2:tcp://host/path"));
    }

    private boolean insideHubData(String path) {
        try {
            String p = path.startsWith("mem:") ? path : path.replaceFirst("^~", System.getProperty("user.home"));
            Path resolved = Path.of(p).toAbsolutePath().normalize();
            return resolved.startsWith(hubDataDir) || hubDataDir.startsWith(resolved);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Optional<Refusal> hubData() {
        return Optional.of(new Refusal("jdbcUrl.hub-data", "the URL points into the hub's own data directory"));
    }

    private static String[] sorted(Set<String> s) {
        return s.stream().sorted().toArray(String[]::new);
    }
}
