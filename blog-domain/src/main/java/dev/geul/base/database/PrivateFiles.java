package dev.geul.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files only the user running the blog may read or change: the database's binaries and its password. Another
 * account on the same machine must not swap the server's programs nor sign in to the database.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {
    }

    /** A password read from its file, and whether it was made just now. */
    record Password(String value, boolean created) {
        @Override
        public String toString() {
            return "Password[created=" + created + "]";
        }
    }

    /** Creates the directory if needed and makes it the owner's alone; refuses one another account owns. */
    static Path ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (isPosix(directory)) {
            requireOwnedByThisUser(directory);
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
        return directory;
    }

    /**
     * Refuses programs another account could have changed: everything under the directory must belong to this
     * user and be writable by nobody else (the directory itself is made the owner's alone first).
     */
    static void requireUnchangeableByOthers(Path directory) throws IOException {
        if (!isPosix(directory)) {
            return;
        }
        ownerOnlyDirectory(directory);
        UserPrincipal me = thisUser();
        try (Stream<Path> files = Files.walk(directory)) {
            // the directory itself was just closed; the library of another process may open it again meanwhile
            for (Path file : (Iterable<Path>) files.filter(file -> !file.equals(directory))::iterator) {
                PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.owner().equals(me) || !attributes.isSymbolicLink() && attributes.permissions()
                        .stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                    throw new IllegalStateException(file + " may be changed by other accounts (owner "
                            + attributes.owner().getName() + ", permissions "
                            + PosixFilePermissions.toString(attributes.permissions()) + "): delete " + directory
                            + " so the database's programs are unpacked again");
                }
            }
        }
    }

    /** The password in this file, made (random, readable by the owner only) when there is none yet. */
    static Password password(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (isPosix(file)) {
                requireOwnedByThisUser(file);
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
            String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!value.isEmpty()) {
                return new Password(value, false);
            }
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        writeOwnerOnly(file, value + "\n");
        return new Password(value, true);
    }

    /** Replaces the file in one step, its content readable by the owner alone from the first byte on. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path directory = java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file sits in a folder");
        Path partial = isPosix(directory)
                ? Files.createTempFile(directory, file.getFileName() + ".", ".partial",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, file.getFileName() + ".", ".partial");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void requireOwnedByThisUser(Path path) throws IOException {
        UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = thisUser();
        if (!owner.equals(me)) {
            throw new IllegalStateException(path + " belongs to " + owner.getName() + ", not to " + me.getName()
                    + " who runs the blog: the database's files must be this user's alone");
        }
    }

    private static UserPrincipal thisUser() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
