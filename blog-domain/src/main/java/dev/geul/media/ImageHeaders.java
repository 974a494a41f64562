package dev.geul.media;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an image's size from its first bytes, never its pixels: a PNG's IHDR, a GIF's screen, a WebP's VP8, VP8L
 * or VP8X header, a JPEG's frame header and its EXIF orientation. The JDK's ImageIO reads no WebP and ignores EXIF
 * rotation, and decoding a 10 MB photo to learn two numbers would be waste.
 */
final class ImageHeaders {

    /** A JPEG's headers come before its pixels; a file that has none in this many bytes is not read further. */
    static final int MAX_JPEG_HEADER_BYTES = 1024 * 1024;
    private static final int EXIF_ORIENTATION = 0x0112;

    private ImageHeaders() {
    }

    /** The image's size, or empty when the data is none of png, jpg, gif and webp or its header is broken. */
    static Optional<ImageSize> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] head = data.readNBytes(30);
        try {
            return switch (MediaStore.fileType(head).orElse("")) {
                case "png" -> head.length >= 24 && head[12] == 'I' && head[13] == 'H' && head[14] == 'D'
                        && head[15] == 'R' ? size(int32(head, 16), int32(head, 20)) : Optional.empty();
                case "gif" -> head.length >= 10 ? size(int16le(head, 6), int16le(head, 8)) : Optional.empty();
                case "webp" -> webp(head);
                case "jpg" -> jpeg(head, data);
                default -> Optional.empty();
            };
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> webp(byte[] head) {
        if (head.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(head, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            // lossy: a key frame's start code, then 14-bit width and height
            case "VP8 " -> (head[23] & 0xFF) == 0x9D && (head[24] & 0xFF) == 0x01 && (head[25] & 0xFF) == 0x2A
                    ? size(int16le(head, 26) & 0x3FFF, int16le(head, 28) & 0x3FFF) : Optional.empty();
            // lossless: a signature byte, then width-1 and height-1 in 14 bits each
            case "VP8L" -> {
                if ((head[20] & 0xFF) != 0x2F) {
                    yield Optional.empty();
                }
                long bits = (head[21] & 0xFFL) | (head[22] & 0xFFL) << 8 | (head[23] & 0xFFL) << 16
                        | (head[24] & 0xFFL) << 24;
                yield size((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            // extended (animation, alpha, metadata): the canvas's width-1 and height-1 in 24 bits each
            case "VP8X" -> size(int24le(head, 24) + 1, int24le(head, 27) + 1);
            default -> Optional.empty();
        };
    }

    /** Walks a JPEG's segments up to its frame header, noting the EXIF orientation on the way. */
    private static Optional<ImageSize> jpeg(byte[] head, DataInputStream rest) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(head, 2, head.length - 2), rest));
        boolean turned = false;
        long read = 2;
        while (read < MAX_JPEG_HEADER_BYTES) {
            int marker = in.readUnsignedByte();
            if (marker != 0xFF) {
                return Optional.empty();
            }
            int type = in.readUnsignedByte();
            while (type == 0xFF) {
                type = in.readUnsignedByte(); // fill bytes
            }
            if (type == 0xD8 || type == 0x01 || (type >= 0xD0 && type <= 0xD7)) {
                read += 2;
                continue; // markers without a length
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            byte[] segment = in.readNBytes(length - 2);
            if (segment.length < length - 2) {
                return Optional.empty();
            }
            read += 2 + length;
            if (type == 0xE1) {
                turned |= swapsSides(exifOrientation(segment));
            } else if (isFrameHeader(type) && segment.length >= 5) {
                int height = int16(segment, 1);
                int width = int16(segment, 3);
                return turned ? size(height, width) : size(width, height);
            } else if (type == 0xDA || type == 0xD9) {
                return Optional.empty(); // pixels or the end before any frame header
            }
        }
        return Optional.empty();
    }

    private static boolean isFrameHeader(int type) {
        return type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
    }

    /** Orientations 5 to 8 turn the picture a quarter: its width is shown as height. */
    private static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The orientation an APP1 segment's EXIF block gives (1 when it gives none). */
    static int exifOrientation(byte[] segment) {
        if (segment.length < 14 || segment[0] != 'E' || segment[1] != 'x' || segment[2] != 'i' || segment[3] != 'f') {
            return 1;
        }
        int tiff = 6;
        boolean little = segment[tiff] == 'I' && segment[tiff + 1] == 'I';
        if (!little && !(segment[tiff] == 'M' && segment[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + unsigned32(segment, tiff + 4, little);
        if (ifd + 2 > segment.length) {
            return 1;
        }
        int entries = unsigned16(segment, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > segment.length) {
                return 1;
            }
            if (unsigned16(segment, entry, little) == EXIF_ORIENTATION) {
                return unsigned16(segment, entry + 8, little);
            }
        }
        return 1;
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int int16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int24le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static int unsigned16(byte[] b, int at, boolean little) {
        return little ? int16le(b, at) : int16(b, at);
    }

    private static long unsigned32(byte[] b, int at, boolean little) {
        long value = little ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16
                | (b[at + 3] & 0xFFL) << 24 : int32(b, at) & 0xFFFFFFFFL;
        return value;
    }
}
