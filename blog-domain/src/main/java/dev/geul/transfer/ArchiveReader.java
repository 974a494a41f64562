package dev.geul.transfer;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads an XML archive element by element: each call of {@link #next()} returns the next child of its container
 * (of a WXR file's channel: an author, a category, a tag, an item with its comments; of a Tistory backup's blog: a
 * category tree, a post with its comments and attachments), so memory holds one item, never the file.
 * DTDs and external entities are refused; characters XML does not allow, which some exports carry, are dropped; an
 * item larger than {@link #MAX_ITEM_CHARACTERS} stops the import.
 */
public final class ArchiveReader implements AutoCloseable {

    /** Which archive, and where in it its items are. */
    public enum Kind {
        /** A WordPress export: {@code <rss><channel>} holds the items. */
        WXR("a WordPress export (WXR) file"),
        /** Tistory's old XML backup: {@code <blog type="tattertools/1.1">} holds them. */
        TTXML("a Tistory XML backup");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /**
     * One item (a post with its comments and attachments) is held in memory while it is read: at most this much text,
     * enough for an attachment of {@link dev.geul.media.MediaStore#MAX_IMPORTED_BYTES} in base64 and its post.
     */
    static final long MAX_ITEM_CHARACTERS = 150_000_000;

    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Kind kind;
    private final XMLStreamReader xml;
    private final Reader source;
    private boolean inChannel;
    private boolean finished;

    public ArchiveReader(InputStream input, Kind kind) throws IOException {
        this.kind = kind;
        BufferedInputStream buffered = new BufferedInputStream(input, 64 * 1024);
        this.source = new XmlCharacterFilter(new InputStreamReader(buffered, detectCharset(buffered)));
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            this.xml = factory.createXMLStreamReader(source);
        } catch (XMLStreamException e) {
            throw new ArchiveFormatException("The file is not XML: " + e.getMessage(), e);
        }
    }

    /** The next child element of the container, or null after the last one. */
    public @Nullable ArchiveElement next() {
        try {
            if (!inChannel) {
                enterChannel();
            }
            while (!finished && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return readElement();
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    finished = true;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException e) {
            throw new ArchiveFormatException("The file is not readable as " + kind.description
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : "") + ": "
                    + e.getMessage(), e);
        }
    }

    private void enterChannel() throws XMLStreamException {
        inChannel = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (kind == Kind.WXR && name.equals("channel")) {
                    return;
                }
                if (kind == Kind.TTXML && name.equals("blog")) {
                    String type = xml.getAttributeValue(null, "type");
                    if (type == null || !type.startsWith("tattertools/")) {
                        throw new ArchiveFormatException("This is not " + kind.description + ": its <blog> is of the"
                                + " type \"" + type + "\", not tattertools/1.1", null);
                    }
                    return;
                }
                if (kind == Kind.TTXML || !name.equals("rss")) {
                    throw new ArchiveFormatException("This is not " + kind.description + ": it starts with <" + name
                            + ">, not " + (kind == Kind.WXR ? "<rss>" : "<blog>"), null);
                }
            }
        }
        throw new ArchiveFormatException("This is not " + kind.description + ": it has no "
                + (kind == Kind.WXR ? "<channel>" : "<blog>"), null);
    }

    /** Reads the element the reader stands on, with everything inside it. */
    private ArchiveElement readElement() throws XMLStreamException {
        Deque<ArchiveElement.Builder> open = new ArrayDeque<>();
        open.push(startBuilder());
        long characters = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> open.push(startBuilder());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    characters += xml.getTextLength();
                    if (characters > MAX_ITEM_CHARACTERS) {
                        throw ArchiveFormatException.keyed("error.import.itemTooLarge", "An item of the file holds"
                                + " more than " + MAX_ITEM_CHARACTERS / 1_000_000 + " million characters (line "
                                + xml.getLocation().getLineNumber() + "): the file is refused",
                                MAX_ITEM_CHARACTERS / 1_000_000, xml.getLocation().getLineNumber());
                    }
                    open.peek().text.append(xml.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    ArchiveElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                default -> {
                }
            }
        }
        throw new ArchiveFormatException("The file ends in the middle of an element", null);
    }

    private ArchiveElement.Builder startBuilder() {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return new ArchiveElement.Builder(ArchiveNamespace.of(xml.getNamespaceURI()), xml.getLocalName(), attributes);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the source is closed below either way
        }
        source.close();
    }

    /** The encoding of the byte order mark or the XML declaration; UTF-8 when neither says. */
    private static Charset detectCharset(BufferedInputStream input) throws IOException {
        input.mark(1024);
        byte[] head = input.readNBytes(1024);
        input.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            input.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        String prolog = new String(head, StandardCharsets.ISO_8859_1);
        int end = prolog.indexOf("?>");
        Matcher declared = DECLARED_ENCODING.matcher(end > 0 ? prolog.substring(0, end) : "");
        if (prolog.startsWith("<?xml") && declared.find()) {
            try {
                return Charset.forName(declared.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Drops characters XML 1.0 does not allow (control characters some exports carry). */
    private static final class XmlCharacterFilter extends FilterReader {

        XmlCharacterFilter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c;
            do {
                c = super.read();
            } while (c != -1 && !allowed((char) c));
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read;
            do {
                read = super.read(buffer, offset, length);
                if (read <= 0) {
                    return read;
                }
                int kept = offset;
                for (int i = offset; i < offset + read; i++) {
                    if (allowed(buffer[i])) {
                        buffer[kept++] = buffer[i];
                    }
                }
                read = kept - offset;
            } while (read == 0);
            return read;
        }

        private static boolean allowed(char c) {
            return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
        }
    }
}
