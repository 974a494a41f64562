package dev.geul.base.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The PostgreSQL binaries shipped on the classpath, unpacked into one private directory.
 *
 * <p>The embedded library keeps the directory it unpacked to per resolver for the rest of the process: a resolver
 * per directory makes a server whose binaries belong in a blog's data folder unpack them there, even after another
 * server of the same process used another directory. The library names the unpacked folder after the archive's MD5;
 * computing it here tells where {@code postgres} is before the server starts (to set a password on an old cluster).
 */
final class UnpackedBinaries implements PgBinaryResolver {

    private static final Map<Path, String> ARCHIVE_DIGESTS = new ConcurrentHashMap<>();

    private final Path directory;

    UnpackedBinaries(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            byte[] bytes = archive.readAllBytes();
            ARCHIVE_DIGESTS.put(directory, HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
            return new ByteArrayInputStream(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /** The {@code postgres} program, once the binaries were unpacked by a server start in this process. */
    Optional<Path> postgresProgram() {
        return Optional.ofNullable(ARCHIVE_DIGESTS.get(directory))
                .map(digest -> directory.resolve("PG-" + digest).resolve("bin").resolve("postgres"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnpackedBinaries binaries && binaries.directory.equals(directory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(UnpackedBinaries.class, directory);
    }
}
