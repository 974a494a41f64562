package dev.geul.media;

/**
 * How many pixels wide and high an image shows, its camera's rotation applied (a phone's portrait photo stored
 * sideways with an EXIF orientation is as high as a browser shows it, not as it is stored).
 */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("An image has at least one pixel each way, not " + width + "x" + height);
        }
    }

    /** The height this image has at {@code shownWidth} pixels wide, its proportions kept. */
    public int heightAt(int shownWidth) {
        return Math.max(1, (int) Math.round(shownWidth * (double) height / width));
    }

    /** The width this image has at {@code shownHeight} pixels high, its proportions kept. */
    public int widthAt(int shownHeight) {
        return Math.max(1, (int) Math.round(shownHeight * (double) width / height));
    }
}
