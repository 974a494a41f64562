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

/**
 * Reads a WXR file element by element: each call of {@link #next()} returns the next child of the channel
 * (an author, a category, a tag, an item with its comments, ...), so memory holds one item, never the file.
 * DTDs and external entities are refused; characters XML does not allow, which some exports carry, are dropped.
 */
final class WxrReader implements AutoCloseable {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final XMLStreamReader xml;
    private final Reader source;
    private boolean inChannel;
    private boolean finished;

    WxrReader(InputStream input) throws IOException {
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
            throw new WxrFormatException("The file is not XML: " + e.getMessage(), e);
        }
    }

    /** The next child element of the channel, or null after the last one. */
    WxrElement next() {
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
            throw new WxrFormatException("The file is not a readable WXR file"
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
                if (name.equals("channel")) {
                    return;
                }
                if (!name.equals("rss")) {
                    throw new WxrFormatException("This is not a WordPress export (WXR) file: it starts with <" + name
                            + ">, not <rss>", null);
                }
            }
        }
        throw new WxrFormatException("This is not a WordPress export (WXR) file: it has no <channel>", null);
    }

    /** Reads the element the reader stands on, with everything inside it. */
    private WxrElement readElement() throws XMLStreamException {
        Deque<WxrElement.Builder> open = new ArrayDeque<>();
        open.push(startBuilder());
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> open.push(startBuilder());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    WxrElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                default -> {
                }
            }
        }
        throw new WxrFormatException("The file ends in the middle of an element", null);
    }

    private WxrElement.Builder startBuilder() {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return new WxrElement.Builder(WxrNamespace.of(xml.getNamespaceURI()), xml.getLocalName(), attributes);
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
