package org.govex.schemas.codec;

/**
 * Limits every parser in this module enforces. A breach raises a {@code GovexException} of kind
 * TOO_LARGE naming the limit (e.g. {@code maxDocumentBytes}), so operators know which setting
 * to raise. All limits are plain settings; the hub maps them from {@code govex.schemas.*}.
 *
 * @param maxDocumentBytes largest input in bytes
 * @param maxDepth         deepest nesting of JSON objects/arrays or XML elements
 * @param maxStringLength  longest string value / text node in characters (geometries are long)
 * @param maxNumberLength  longest number literal in characters
 * @param maxNameLength    longest field or element name
 * @param maxRecords       most records in one batch
 * @param maxFields        most fields in one record
 */
public record CodecLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
                          int maxNameLength, int maxRecords, int maxFields) {

    public static final CodecLimits DEFAULTS = new CodecLimits(16L * 1024 * 1024, 16, 1_000_000, 64, 128, 1_000_000, 64);

    public CodecLimits {
        if (maxDocumentBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0 || maxNameLength <= 0
                || maxRecords <= 0 || maxFields <= 0) {
            throw new IllegalArgumentException("codec limits must be positive");
        }
    }

    public CodecLimits withMaxDocumentBytes(long v) {
        return new CodecLimits(v, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxRecords, maxFields);
    }

    public CodecLimits withMaxDepth(int v) {
        return new CodecLimits(maxDocumentBytes, v, maxStringLength, maxNumberLength, maxNameLength, maxRecords, maxFields);
    }

    public CodecLimits withMaxStringLength(int v) {
        return new CodecLimits(maxDocumentBytes, maxDepth, v, maxNumberLength, maxNameLength, maxRecords, maxFields);
    }

    public CodecLimits withMaxNumberLength(int v) {
        return new CodecLimits(maxDocumentBytes, maxDepth, maxStringLength, v, maxNameLength, maxRecords, maxFields);
    }

    public CodecLimits withMaxRecords(int v) {
        return new CodecLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, v, maxFields);
    }
}
