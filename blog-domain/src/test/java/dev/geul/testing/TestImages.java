package dev.geul.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real images of a chosen size, written by the JDK's encoders, as a camera or an editor would hand them over. */
public final class TestImages {

    private TestImages() {
    }

    /** An image in {@code format} (png, jpg, gif) of this many pixels. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2b6cb0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("No encoder for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG stored {@code width} by {@code height} with an EXIF orientation, as phones store portrait photos
     * (6: turned a quarter clockwise to be shown).
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = image("jpg", width, height);
        // APP1 "Exif\0\0", a little-endian TIFF header, IFD0 with one entry: 0x0112 SHORT 1 = orientation
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0,
                0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
