package org.openoqs.wire.xml;

/**
 * Bounds on what a reader accepts, so a hostile or broken file fails fast instead of exhausting memory. The defaults are
 * far above any real OQS file [I]: a bulk result of thousands of persons is a few MiB, nesting is under 10 levels.
 *
 * @param maxInputBytes size of the raw input
 * @param maxDepth element nesting, the root counting as 1
 * @param maxElements elements in the whole document
 * @param maxTextLength characters of text in one element
 */
public record XmlLimits(long maxInputBytes, int maxDepth, int maxElements, int maxTextLength) {

    public static final XmlLimits DEFAULTS = new XmlLimits(16L * 1024 * 1024, 32, 1_000_000, 1024 * 1024);

    public XmlLimits {
        requirePositive(maxInputBytes, "maxInputBytes");
        requirePositive(maxDepth, "maxDepth");
        requirePositive(maxElements, "maxElements");
        requirePositive(maxTextLength, "maxTextLength");
    }

    public XmlLimits withMaxInputBytes(long value) {
        return new XmlLimits(value, maxDepth, maxElements, maxTextLength);
    }

    public XmlLimits withMaxDepth(int value) {
        return new XmlLimits(maxInputBytes, value, maxElements, maxTextLength);
    }

    public XmlLimits withMaxElements(int value) {
        return new XmlLimits(maxInputBytes, maxDepth, value, maxTextLength);
    }

    public XmlLimits withMaxTextLength(int value) {
        return new XmlLimits(maxInputBytes, maxDepth, maxElements, value);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
