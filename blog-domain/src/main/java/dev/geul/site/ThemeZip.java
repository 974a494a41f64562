package dev.geul.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.geul.base.ZipLimits;

/**
 * Reads a theme zip and refuses it whole at the first problem, naming it: not a zip, too big, too many files, an
 * entry that unpacks far beyond its size, a template that does not compile, a file of a kind a theme cannot hold.
 * Files that are no part of a theme are listed as left out. A zip of one folder ({@code my-theme/layout.mustache})
 * is read as the folder's content.
 */
final class ThemeZip {

    static final long MAX_ZIP_BYTES = 10L * 1024 * 1024;
    static final ZipLimits LIMITS = new ZipLimits(200, 20L * 1024 * 1024, 100, 64 * 1024);
    static final int MAX_TEXT_BYTES = 256 * 1024;
    static final int MAX_ASSET_BYTES = 2 * 1024 * 1024;
    private static final long KB = 1024;

    /** What a zip held for the theme, and what it left out. */
    record Contents(List<ThemeFile> files, List<LeftOutFile> leftOut) {
    }

    private ThemeZip() {
    }

    static Contents read(Path zipFile) {
        try {
            if (java.nio.file.Files.size(zipFile) > MAX_ZIP_BYTES) {
                throw tooLarge();
            }
            try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
                LIMITS.firstBreach(zip).ifPresent(breach -> {
                    throw switch (breach.limit()) {
                        case ENTRIES -> ThemeRefusedException.ofFile("error.theme.tooManyFiles",
                                "A theme holds at most " + LIMITS.maxEntries() + " files", LIMITS.maxEntries());
                        case TOTAL_BYTES -> ThemeRefusedException.ofFile("error.theme.unpacksTooLarge",
                                "The theme unpacks to more than " + LIMITS.maxTotalBytes() / KB / KB + " MB",
                                LIMITS.maxTotalBytes() / KB / KB);
                        case COMPRESSION_RATIO -> ThemeRefusedException.ofFile("error.theme.ratio", "The file "
                                + breach.entry().getName() + " unpacks to more than " + LIMITS.maxCompressionRatio()
                                + " times its size: the zip is refused", breach.entry().getName(),
                                LIMITS.maxCompressionRatio());
                    };
                });
                return read(zip);
            }
        } catch (IOException e) {
            // a ZipException among them: the bytes are not a zip
            throw ThemeRefusedException.ofFile("error.theme.notZip", "The file is not a zip");
        }
    }

    private static Contents read(ZipFile zip) throws IOException {
        List<ZipEntry> entries = Collections.list(zip.entries()).stream().map(ZipEntry.class::cast).toList();
        List<LeftOutFile> leftOut = new ArrayList<>();
        List<ZipEntry> kept = new ArrayList<>();
        for (ZipEntry entry : entries) {
            String name = entry.getName().replace('\\', '/');
            if (entry.isDirectory() || name.endsWith("/")) {
                continue; // a folder entry: its files come one by one
            }
            if (ThemeFileKinds.leftOut(name)) {
                leftOut.add(LeftOutFile.notPartOfATheme(name));
            } else {
                kept.add(entry);
            }
        }
        String folder = commonFolder(kept);
        List<ThemeFile> files = new ArrayList<>();
        for (ZipEntry entry : kept) {
            String path = entry.getName().replace('\\', '/').substring(folder.length());
            files.add(file(path, bytes(zip, entry)));
        }
        if (files.stream().noneMatch(file -> ThemeTemplates.known(file.path()) || file.path().equals(ThemeFile.CSS))) {
            throw ThemeRefusedException.ofFile("error.theme.empty", "The zip holds no template (such as "
                    + "post.mustache) and no theme.css: nothing to make a theme of");
        }
        return new Contents(List.copyOf(files), List.copyOf(leftOut));
    }

    /** The one folder every file is in ({@code my-theme/}), or nothing when the files lie at the zip's root. */
    private static String commonFolder(List<ZipEntry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        String first = entries.getFirst().getName().replace('\\', '/');
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return entries.stream().allMatch(entry -> entry.getName().replace('\\', '/').startsWith(folder)) ? folder : "";
    }

    private static ThemeFile file(String path, byte[] bytes) {
        if (!ThemeFileKinds.safePath(path)) {
            throw ThemeRefusedException.ofFile("error.theme.path", "The file name " + path + " is not allowed: use "
                    + "letters, digits, dots, dashes and underscores, at most " + ThemeFileKinds.MAX_PATH_LENGTH
                    + " characters", path, ThemeFileKinds.MAX_PATH_LENGTH);
        }
        if (path.endsWith(ThemeTemplates.EXTENSION)) {
            if (!ThemeTemplates.known(path)) {
                throw ThemeRefusedException.ofFile("error.theme.templateName", "The template " + path
                        + " has a name no reader page uses; a theme's templates are " + ThemeTemplates.allowedNames(),
                        path, ThemeTemplates.allowedNames());
            }
            String source = text(path, bytes);
            ThemeTemplates.compile(path, source);
            return new ThemeFile(path, ThemeFile.TEMPLATE_TYPE, bytes);
        }
        if (path.equals(ThemeFile.CSS)) {
            ThemeCss.check(text(path, bytes));
            return new ThemeFile(path, ThemeFile.CSS_TYPE, bytes);
        }
        ThemeFileKinds.Asset asset = ThemeFileKinds.asset(path).orElseThrow(() -> ThemeRefusedException.ofFile(
                "error.theme.kind", "The file " + path + " is of a kind a theme cannot hold; a theme holds "
                        + "templates (*.mustache), theme.css and images or fonts (" + ThemeFileKinds.allowedExtensions()
                        + ")", path, ThemeFileKinds.allowedExtensions()));
        if (bytes.length > MAX_ASSET_BYTES) {
            throw ThemeRefusedException.ofFile("error.theme.fileTooLarge", "The file " + path + " is larger than "
                    + MAX_ASSET_BYTES / KB / KB + " MB", path, MAX_ASSET_BYTES / KB / KB + " MB");
        }
        if (!asset.matches(bytes)) {
            throw ThemeRefusedException.ofFile("error.theme.content", "The file " + path + " is not the "
                    + ThemeFileKinds.extension(path) + " file its name says", path);
        }
        return new ThemeFile(path, asset.contentType(), bytes);
    }

    private static String text(String path, byte[] bytes) {
        if (bytes.length > MAX_TEXT_BYTES) {
            throw ThemeRefusedException.ofFile("error.theme.fileTooLarge", "The file " + path + " is larger than "
                    + MAX_TEXT_BYTES / KB + " KB", path, MAX_TEXT_BYTES / KB + " KB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ThemeRefusedException.ofFile("error.theme.encoding", "The file " + path + " is not UTF-8 text",
                    path);
        }
    }

    /** The entry's bytes, never more than the zip's directory said nor than a theme's file may hold. */
    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        long limit = Math.min(LIMITS.declaredSize(entry), MAX_ASSET_BYTES);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                String name = entry.getName();
                throw bytes.length > MAX_ASSET_BYTES
                        ? ThemeRefusedException.ofFile("error.theme.fileTooLarge", "The file " + name
                        + " is larger than " + MAX_ASSET_BYTES / KB / KB + " MB", name, MAX_ASSET_BYTES / KB / KB + " MB")
                        : ThemeRefusedException.ofFile("error.theme.sizeMismatch", "The file " + name
                        + " unpacks to more than its zip says: the zip is refused", name);
            }
            return bytes;
        }
    }

    private static ThemeRefusedException tooLarge() {
        return ThemeRefusedException.ofFile("error.theme.tooLarge", "A theme zip is at most "
                + MAX_ZIP_BYTES / KB / KB + " MB", MAX_ZIP_BYTES / KB / KB);
    }
}
