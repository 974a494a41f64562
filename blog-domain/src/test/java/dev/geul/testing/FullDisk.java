package dev.geul.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's own file system with a disk that fills up: every file operation goes to the real files, but once
 * {@link #fill(long) the space left} has been written, a write fails as the kernel reports a full disk
 * ({@code ENOSPC}: "No space left on device"). Mounting a tiny file system takes root; this gives tests the same
 * failure at the same place (the write that does not fit), and the real folder to inspect afterwards.
 */
public final class FullDisk {

    /** What the JDK says for ENOSPC on Linux. */
    public static final String NO_SPACE = "No space left on device";

    private final Provider provider = new Provider();
    private final Fs fileSystem = new Fs();
    private final AtomicLong spaceLeft = new AtomicLong(Long.MAX_VALUE);

    /** Leaves this many bytes of space: the write that goes past them fails. */
    public FullDisk fill(long bytesLeft) {
        spaceLeft.set(bytesLeft);
        return this;
    }

    /** Frees the disk again. */
    public FullDisk free() {
        spaceLeft.set(Long.MAX_VALUE);
        return this;
    }

    /** The real folder, seen through this disk. */
    public Path wrap(Path real) {
        return new FullPath(real);
    }

    private static Path real(Path path) {
        return path instanceof FullPath full ? full.real : path;
    }

    private void take(int bytes) throws IOException {
        if (bytes > 0 && spaceLeft.addAndGet(-bytes) < 0) {
            spaceLeft.set(0);
            throw new IOException(NO_SPACE);
        }
    }

    private final class WritingChannel extends FileChannelWrapper {

        WritingChannel(FileChannel real) {
            super(real);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            take(source.remaining());
            return real.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            take(source.remaining());
            return real.write(source, position);
        }

        @Override
        public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(sources[i]);
            }
            return total;
        }
    }

    private final class Provider extends FileSystemProvider {

        private final FileSystemProvider real = FileSystems.getDefault().provider();

        @Override
        public String getScheme() {
            return "fulldisk";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return fileSystem;
        }

        @Override
        public Path getPath(URI uri) {
            return new FullPath(Path.of(uri));
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                                  FileAttribute<?>... attrs) throws IOException {
            return newFileChannel(path, options, attrs);
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            return new WritingChannel(real.newFileChannel(real(path), options, attrs));
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = real.newDirectoryStream(real(dir), entry -> true)) {
                for (Path entry : stream) {
                    if (filter.accept(new FullPath(entry))) {
                        entries.add(new FullPath(entry));
                    }
                }
            }
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    return entries.iterator();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            real.createDirectory(real(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            real.delete(real(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            take((int) Math.min(Integer.MAX_VALUE, java.nio.file.Files.size(real(source))));
            real.copy(real(source), real(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            real.move(real(source), real(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path other) throws IOException {
            return real.isSameFile(real(path), real(other));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return real.isHidden(real(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return real.getFileStore(real(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            real.checkAccess(real(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type,
                                                                    LinkOption... options) {
            return real.getFileAttributeView(real(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return real.readAttributes(real(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
                throws IOException {
            return real.readAttributes(real(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
                throws IOException {
            real.setAttribute(real(path), attribute, value, options);
        }
    }

    private final class Fs extends FileSystem {

        private final FileSystem real = FileSystems.getDefault();

        @Override
        public FileSystemProvider provider() {
            return provider;
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public String getSeparator() {
            return real.getSeparator();
        }

        @Override
        public Iterable<Path> getRootDirectories() {
            List<Path> roots = new ArrayList<>();
            real.getRootDirectories().forEach(root -> roots.add(new FullPath(root)));
            return roots;
        }

        @Override
        public Iterable<FileStore> getFileStores() {
            return real.getFileStores();
        }

        @Override
        public Set<String> supportedFileAttributeViews() {
            return real.supportedFileAttributeViews();
        }

        @Override
        public Path getPath(String first, String... more) {
            return new FullPath(real.getPath(first, more));
        }

        @Override
        public PathMatcher getPathMatcher(String syntaxAndPattern) {
            PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
            return path -> matcher.matches(real(path));
        }

        @Override
        public UserPrincipalLookupService getUserPrincipalLookupService() {
            return real.getUserPrincipalLookupService();
        }

        @Override
        public WatchService newWatchService() {
            throw new UnsupportedOperationException();
        }
    }

    /** A real path, answering as one of this disk's. */
    private final class FullPath implements Path {

        private final Path real;

        FullPath(Path real) {
            this.real = real;
        }

        private Path wrapped(Path path) {
            return path == null ? null : new FullPath(path);
        }

        @Override
        public FileSystem getFileSystem() {
            return fileSystem;
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return wrapped(real.getRoot());
        }

        @Override
        public Path getFileName() {
            return wrapped(real.getFileName());
        }

        @Override
        public Path getParent() {
            return wrapped(real.getParent());
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return wrapped(real.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return wrapped(real.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return real.startsWith(FullDisk.real(other));
        }

        @Override
        public boolean endsWith(Path other) {
            return real.endsWith(FullDisk.real(other));
        }

        @Override
        public Path normalize() {
            return wrapped(real.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return wrapped(real.resolve(FullDisk.real(other)));
        }

        @Override
        public Path relativize(Path other) {
            return wrapped(real.relativize(FullDisk.real(other)));
        }

        @Override
        public URI toUri() {
            return real.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return wrapped(real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return wrapped(real.toRealPath(options));
        }

        @Override
        public java.io.File toFile() {
            return real.toFile();
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(FullDisk.real(other));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FullPath path && path.real.equals(real);
        }

        @Override
        public int hashCode() {
            return real.hashCode();
        }

        @Override
        public String toString() {
            return real.toString();
        }
    }

    /** A file channel handing everything to the real one; the disk's channel counts what is written. */
    private abstract static class FileChannelWrapper extends FileChannel {

        final FileChannel real;

        FileChannelWrapper(FileChannel real) {
            this.real = real;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return real.read(destination);
        }

        @Override
        public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
            return real.read(destinations, offset, length);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return real.read(destination, position);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target)
                throws IOException {
            return real.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(java.nio.channels.ReadableByteChannel source, long position, long count)
                throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, 64 * 1024));
            long done = 0;
            while (done < count) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
                int read = source.read(buffer);
                if (read <= 0) {
                    break;
                }
                buffer.flip();
                done += write(buffer, position + done);
            }
            return done;
        }

        @Override
        public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return real.map(mode, position, size);
        }

        @Override
        public java.nio.channels.FileLock lock(long position, long size, boolean shared) throws IOException {
            return real.lock(position, size, shared);
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
