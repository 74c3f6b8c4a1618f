package org.govex.schemas.codec;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.util.List;

/** Builds the TOO_LARGE / UNREADABLE exceptions the codecs raise, naming the limit that was hit. */
final class Limits {

    private Limits() {
    }

    static GovexException exceeded(String limit, long value, String what) {
        return new GovexException(ProblemKind.TOO_LARGE, limit,
                "The document exceeds " + limit + " (" + value + "): " + what, List.of(), null);
    }

    static GovexException fromJackson(StreamConstraintsException e, CodecLimits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        String lower = m.toLowerCase();
        if (lower.contains("nesting depth")) {
            return exceeded("maxDepth", limits.maxDepth(), m);
        }
        if (lower.contains("string value length")) {
            return exceeded("maxStringLength", limits.maxStringLength(), m);
        }
        if (lower.contains("number value length")) {
            return exceeded("maxNumberLength", limits.maxNumberLength(), m);
        }
        if (lower.contains("name length")) {
            return exceeded("maxNameLength", limits.maxNameLength(), m);
        }
        if (lower.contains("document length")) {
            return exceeded("maxDocumentBytes", limits.maxDocumentBytes(), m);
        }
        return new GovexException(ProblemKind.TOO_LARGE, "parser-limit", m, List.of(), e);
    }

    static GovexException unreadable(String suffix, String detail, Throwable cause) {
        return new GovexException(ProblemKind.UNREADABLE, suffix, detail, List.of(), cause);
    }

    /** The GovexException somewhere in the cause chain (parsers wrap what our guard throws), or null. */
    static GovexException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof GovexException g) {
                return g;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
