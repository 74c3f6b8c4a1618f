package org.govex.adapters.filedrop;

/**
 * A batch a department left in its drop folder {@code <root>/<department>/<resource code>/<file>}.
 * The idempotency key is derived from the file's path, size and modification time, so a file
 * picked up twice (e.g. after a crash before it was moved) is published once.
 */
public record DroppedBatch(String departmentCode, String resourceCode, String fileName, String mediaType,
                           byte[] body, String idempotencyKey) {
}
